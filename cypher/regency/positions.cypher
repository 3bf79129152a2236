// The positions held at each government or at its agencies (the officials of a regency), whole:
// the API pages them itself (src/common/pagination.ts pageInMemory), after choosing among what
// the sources say of each post, so that a page and totalCount count what the client sees.
// The other end's properties come along, so its field needs no second round trip.
// $keys: regency codes, or "code@day" ("36.04@2017-03-21") for the positions held on that day
// (src/common/as-of.ts; the rule as in regency/head.cypher and docs/model.md, "As of a date").
// In sortKey order: heads of the government (Bupati, Wali Kota) first, then by agency id and
// name. A post held by nobody or by someone unnamed (docs/model.md, "Unknown and none") has no
// relationship: its statements come as rows of their own (`holder` UNKNOWN or NONE, with rank
// and sourceId), one per source and value, and the API keeps the best value of each fact
// (src/official/holders.ts).
UNWIND $keys AS key
WITH key, split(key, '@') AS parts
WITH key, parts[0] AS code, CASE WHEN size(parts) > 1 THEN parts[1] END AS asOf
RETURN key, COLLECT {
  // From the government and its agencies (indexed), not from every official.
  CALL (code) {
    MATCH (o:Official)-[h:HOLDS_POSITION]->(at:Regency {code: code}) RETURN o, h, at
    UNION ALL
    MATCH (o:Official)-[h:HOLDS_POSITION]->(at:Agency {governmentCode: code}) RETURN o, h, at
    UNION ALL
    MATCH (at:Regency {code: code})<-[:OBJECT]-(h:Statement {type: 'HOLDS_POSITION'})
    WHERE NOT EXISTS { (h)-[:SUBJECT]->() } RETURN null AS o, h, at
    UNION ALL
    MATCH (at:Agency {governmentCode: code})<-[:OBJECT]-(h:Statement {type: 'HOLDS_POSITION'})
    WHERE NOT EXISTS { (h)-[:SUBJECT]->() } RETURN null AS o, h, at
  }
  WITH o, h, at
  WHERE asOf IS NULL OR EXISTS {
    MATCH (st:Statement {fact: h.fact}) WHERE st.rank <> 'DEPRECATED' AND st.heldFrom <= asOf AND st.heldUntil >= asOf
  }
  WITH o, h, at, [CASE WHEN at:Regency THEN 0 ELSE 1 END, coalesce(at.id, ''), coalesce(o.name, ''), h.fact] AS sortKey
  ORDER BY sortKey
  RETURN h {
    .title, .localTitle, .startDate, .startPrecision, .startInferred, .endDate, .endPrecision, .endInferred,
    .attestedOn, .attestedOnText, .attestedOnInferred,
    .fact, .valueKey, .rank,
    holder: CASE WHEN o IS NULL THEN split(h.fact, '|')[1] ELSE 'KNOWN' END,
    sourceId: split(h.id, '|')[0],
    officialId: o.id, governmentCode: code,
    agencyId: CASE WHEN at:Agency THEN at.id ELSE null END,
    official: o {.id, .name, .nickname, .isGroup},
    agency: CASE WHEN at:Agency THEN at {.id, .name, .shortName, .kind, .governmentCode} END,
    sortKey: sortKey
  }
} AS value
