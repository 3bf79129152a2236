// One page of districts for each regency (the same page arguments for all keys).
// $keys: regency codes; $after: district code or null; $limit: page size + 1.
UNWIND $keys AS key
MATCH (r:Regency {code: key})
RETURN key, {
  // $withTotal, $withVillageCount: whether the client asked for them (src/common/lookahead.ts).
  totalCount: CASE WHEN $withTotal THEN COUNT { (:District)-[:IN_REGENCY]->(r) } END,
  nodes: COLLECT {
    MATCH (d:District)-[:IN_REGENCY]->(r)
    WHERE $after IS NULL OR d.code > $after
    WITH d ORDER BY d.code LIMIT $limit
    // villageCount: the district's IN_DISTRICT degree (every one starts at a Village), cheap
    // enough to bring along so District.villageCount needs no second round trip.
    RETURN d {.code, .name, .regencyCode, villageCount: CASE WHEN $withVillageCount THEN COUNT { ()-[:IN_DISTRICT]->(d) } END}
  }
} AS value
