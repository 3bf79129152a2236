// A page of the agreements covering each sector, newest first (undated last). $keys: sector ids.
// The page slot (page): the page on sortKey, from $after or $before (a sortKey or null), $backward, $limit
// (src/common/batch.ts PAGE_SLOTS); $withTotal: count them all too (the degree of COVERS, not a scan).
UNWIND $keys AS key
RETURN key, {
  totalCount: CASE WHEN $withTotal THEN COUNT { (:Agreement)-[:COVERS]->(:Sector {id: key}) } END,
  nodes: COLLECT {
    MATCH (a:Agreement)-[:COVERS]->(:Sector {id: key})
    // Newest first as an ascending key: the day negated (year * 1000 + day of the year).
    WITH a, [coalesce(-(a.date.year * 1000 + a.date.ordinalDay), 0), a.id] AS sortKey
    {{page}}
    RETURN a {.id, .kind, .title, .date, .dateText, .dateInferred, .dateInference, .place, sortKey: sortKey}
  }
} AS value
