// A page of the agencies (SKPD / OPD) of each government, by id.
// $keys: regency codes; $withTotal: count them all too. The page slot (page): the page on sortKey, from
// $after or $before (a sortKey or null), $backward, $limit (src/common/batch.ts PAGE_SLOTS).
UNWIND $keys AS key
RETURN key, {
  totalCount: CASE WHEN $withTotal THEN COUNT { (:Agency)-[:PART_OF]->(:Regency {code: key}) } END,
  nodes: COLLECT {
    MATCH (a:Agency)-[:PART_OF]->(:Regency {code: key})
    WITH a, [a.id] AS sortKey
    {{page}}
    RETURN a {.id, .name, .shortName, .kind, .governmentCode, sortKey: sortKey}
  }
} AS value
