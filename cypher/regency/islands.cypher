// One page of islands for each regency or city, in code order (the same page arguments for all keys).
// $keys: regency codes; $after: island code or null; $limit: page size + 1; $withTotal: count them too.
UNWIND $keys AS key
MATCH (r:Regency {code: key})
RETURN key, {
  totalCount: CASE WHEN $withTotal THEN COUNT { (:Island)-[:IN_REGENCY]->(r) } END,
  nodes: COLLECT {
    MATCH (i:Island)-[:IN_REGENCY]->(r)
    WHERE $after IS NULL OR i.code > $after
    WITH i ORDER BY i.code LIMIT $limit
    RETURN i {.code, .name, .regencyCode, .provinceCode, .coordinate, .populated, .outermostSmall}
  }
} AS value
