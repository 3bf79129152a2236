// One page of districts for each regency (the same page arguments for all keys).
// $keys: regency codes; $after or $before: district code or null; $backward: reading with last/before; $limit: page size + 1.
UNWIND $keys AS key
MATCH (r:Regency {code: key})
RETURN key, {
  // $withTotal, $withVillageCount: whether the client asked for them (src/common/lookahead.ts).
  totalCount: CASE WHEN $withTotal THEN COUNT { (:District)-[:IN_REGENCY]->(r) } END,
  nodes: COLLECT {
    MATCH (d:District)-[:IN_REGENCY]->(r)
    WHERE ($after IS NULL OR d.code > $after) AND ($before IS NULL OR d.code < $before)
    // Backwards ($backward: last/before) the nearest come first; the API turns the page round.
    WITH d ORDER BY CASE WHEN $backward THEN null ELSE d.code END, CASE WHEN $backward THEN d.code END DESC LIMIT $limit
    // villageCount: the district's IN_DISTRICT degree (every one starts at a Village), cheap
    // enough to bring along so District.villageCount needs no second round trip.
    RETURN d {.code, .name, .regencyCode, villageCount: CASE WHEN $withVillageCount THEN COUNT { ()-[:IN_DISTRICT]->(d) } END}
  }
} AS value
