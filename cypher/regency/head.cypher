// The head of each government: its Bupati (regent) or Wali Kota (mayor), current first.
// $keys: regency codes, or "code@day" ("36.04@2017-03-22") for the head in office on that day
// (src/graph/as-of.ts). The rule (docs/model.md, "As of a date"): a position with a startDate
// or an endDate is held on D when D lies within the known bounds; one with neither only on the
// day a source shows it held (attestedOn = D). No guessed terms: no head known, no row.
UNWIND $keys AS key
WITH key, split(key, '@') AS parts
WITH key, parts[0] AS code, CASE WHEN size(parts) > 1 THEN date(parts[1]) END AS asOf
MATCH (o:Official)-[h:HOLDS_POSITION]->(:Regency {code: code})
WHERE h.title IN ['Regent', 'Mayor']
  AND (asOf IS NULL OR
       CASE WHEN h.startDate IS NULL AND h.endDate IS NULL THEN h.attestedOn = asOf
            ELSE (h.startDate IS NULL OR h.startDate <= asOf) AND (h.endDate IS NULL OR h.endDate >= asOf) END)
WITH key, o, h ORDER BY h.endDate IS NULL DESC, h.startDate DESC, h.attestedOn DESC
WITH key, collect(o)[0] AS head
RETURN key, head {.id, .name, .nickname, .isGroup} AS value
