// A page of the sectors each agreement covers, in sector id order, and whether they come first.
// The other end's properties come along, so its field needs no second round trip. $keys: agreement ids.
// The page slot (page): the page on sortKey, from $after or $before (a sortKey or null), $backward, $limit
// (src/common/batch.ts PAGE_SLOTS); $withTotal: count them all too.
UNWIND $keys AS key
RETURN key, {
  totalCount: CASE WHEN $withTotal THEN COUNT { (:Agreement {id: key})-[:COVERS]->(:Sector) } END,
  nodes: COLLECT {
    MATCH (:Agreement {id: key})-[c:COVERS]->(s:Sector)
    WITH s, c, [s.id, c.fact] AS sortKey
    {{page}}
    RETURN c {.priority, .fact, .valueKey, sectorId: s.id, sector: s {.id, .name, .localName}, sortKey: sortKey}
  }
} AS value
