// One page of districts for each regency (the same page arguments for all keys).
// $keys: regency codes; $after: district code or null; $limit: page size + 1.
UNWIND $keys AS key
MATCH (r:Regency {code: key})
RETURN key, {
  totalCount: COUNT { (:District)-[:IN_REGENCY]->(r) },
  nodes: COLLECT {
    MATCH (d:District)-[:IN_REGENCY]->(r)
    WHERE $after IS NULL OR d.code > $after
    WITH d ORDER BY d.code LIMIT $limit
    RETURN d {.code, .name, .regencyCode}
  }
} AS value
