// A page of the positions held at each agency (its head and others), by the holder's name.
// The other end's properties come along, so its field needs no second round trip. $keys: agency ids.
// The page slot (page): the page on sortKey, from $after or $before (a sortKey or null), $backward, $limit
// (src/common/batch.ts PAGE_SLOTS); $withTotal: count them all too.
UNWIND $keys AS key
RETURN key, {
  totalCount: CASE WHEN $withTotal THEN COUNT { (:Official)-[:HOLDS_POSITION]->(:Agency {id: key}) } END,
  nodes: COLLECT {
    MATCH (o:Official)-[h:HOLDS_POSITION]->(a:Agency {id: key})
    WITH o, h, a, [o.name, h.fact] AS sortKey
    {{page}}
    RETURN h {
      .title, .localTitle, .startDate, .startPrecision, .startInferred, .endDate, .endPrecision, .endInferred,
      .attestedOn, .attestedOnText, .attestedOnInferred,
      .fact, .valueKey,
      officialId: o.id, governmentCode: a.governmentCode, agencyId: key,
      official: o {.id, .name, .nickname, .isGroup}, agency: a {.id, .name, .shortName, .kind, .governmentCode},
      sortKey: sortKey
    }
  }
} AS value
