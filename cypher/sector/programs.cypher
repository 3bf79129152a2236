// A page of the programs in each sector, in id order. $keys: sector ids.
// The page slot (page): the page on sortKey, from $after or $before (a sortKey or null), $backward, $limit
// (src/common/batch.ts PAGE_SLOTS); $withTotal: count them all too.
UNWIND $keys AS key
RETURN key, {
  totalCount: CASE WHEN $withTotal THEN COUNT { (:Program)-[:IN_SECTOR]->(:Sector {id: key}) } END,
  nodes: COLLECT {
    MATCH (p:Program)-[:IN_SECTOR]->(:Sector {id: key})
    WITH p, [p.id] AS sortKey
    {{page}}
    RETURN p {.id, .name, .description, .kind, .since, sortKey: sortKey}
  }
} AS value
