// The head of each government: its Bupati (regent) or Wali Kota (mayor), current first.
// $keys: regency codes, or "code@day" ("36.04@2017-03-22") for the head in office on that day
// (src/common/as-of.ts). The rule (docs/model.md, "As of a date"): a position is held on D when
// a statement of it that is not deprecated covers D (heldFrom <= D <= heldUntil, ISO dates the
// seed computes from its term or the day it shows: src/seed/statements.ts heldInterval).
// No guessed terms: no head known, no row.
UNWIND $keys AS key
WITH key, split(key, '@') AS parts
WITH key, parts[0] AS code, CASE WHEN size(parts) > 1 THEN parts[1] END AS asOf
MATCH (o:Official)-[h:HOLDS_POSITION]->(:Regency {code: code})
WHERE h.title IN ['Regent', 'Mayor']
  AND (asOf IS NULL OR EXISTS {
    MATCH (st:Statement {fact: h.fact}) WHERE st.rank <> 'DEPRECATED' AND st.heldFrom <= asOf AND st.heldUntil >= asOf
  })
WITH key, o, h ORDER BY h.endDate IS NULL DESC, h.startDate DESC, h.attestedOn DESC
WITH key, collect(o)[0] AS head
RETURN key, head {.id, .name, .nickname, .isGroup} AS value
