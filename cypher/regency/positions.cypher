// A page of the positions held at each government or at its agencies: the officials of a regency.
// The other end's properties come along, so its field needs no second round trip.
// $keys: regency codes, or "code@day" ("36.04@2017-03-21") for the positions held on that day
// (src/common/as-of.ts; the rule as in regency/head.cypher and docs/model.md, "As of a date").
// Heads of the government (Bupati, Wali Kota) come first, then by agency id and name.
// $withTotal: count them all too. The page slot (page): the page on sortKey, from $after or $before
// (a sortKey or null), $backward, $limit (src/common/batch.ts PAGE_SLOTS).
UNWIND $keys AS key
WITH key, split(key, '@') AS parts
WITH key, parts[0] AS code, CASE WHEN size(parts) > 1 THEN parts[1] END AS asOf
// Every match once (the government's positions are few), so the count and the page agree on the day.
CALL (code, asOf) {
  // From the government and its agencies (indexed), not from every official.
  CALL (code) {
    MATCH (o:Official)-[h:HOLDS_POSITION]->(at:Regency {code: code}) RETURN o, h, at
    UNION ALL
    MATCH (o:Official)-[h:HOLDS_POSITION]->(at:Agency {governmentCode: code}) RETURN o, h, at
  }
  WITH o, h, at
  WHERE asOf IS NULL OR EXISTS {
    MATCH (st:Statement {fact: h.fact}) WHERE st.rank <> 'DEPRECATED' AND st.heldFrom <= asOf AND st.heldUntil >= asOf
  }
  RETURN collect({o: o, h: h, at: at}) AS held
}
RETURN key, {
  totalCount: size(held),
  nodes: COLLECT {
    UNWIND held AS row
    WITH row.o AS o, row.h AS h, row.at AS at
    WITH o, h, at, [CASE WHEN at:Regency THEN 0 ELSE 1 END, coalesce(at.id, ''), o.name, h.fact] AS sortKey
    {{page}}
    RETURN h {
      .title, .localTitle, .startDate, .startPrecision, .startInferred, .endDate, .endPrecision, .endInferred,
      .attestedOn, .attestedOnText, .attestedOnInferred,
      .fact, .valueKey,
      officialId: o.id, governmentCode: code,
      agencyId: CASE WHEN at:Agency THEN at.id ELSE null END,
      official: o {.id, .name, .nickname, .isGroup},
      agency: CASE WHEN at:Agency THEN at {.id, .name, .shortName, .kind, .governmentCode} END,
      sortKey: sortKey
    }
  }
} AS value
