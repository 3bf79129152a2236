// One page of islands for each regency or city, in code order (the same page arguments for all keys).
// $keys: regency codes; $after or $before: island code or null; $backward: reading with last/before; $limit: page size + 1; $withTotal: count them too.
UNWIND $keys AS key
MATCH (r:Regency {code: key})
RETURN key, {
  totalCount: CASE WHEN $withTotal THEN COUNT { (:Island)-[:IN_REGENCY]->(r) } END,
  nodes: COLLECT {
    MATCH (i:Island)-[:IN_REGENCY]->(r)
    WHERE ($after IS NULL OR i.code > $after) AND ($before IS NULL OR i.code < $before)
    // Backwards ($backward: last/before) the nearest come first; the API turns the page round.
    WITH i ORDER BY CASE WHEN $backward THEN null ELSE i.code END, CASE WHEN $backward THEN i.code END DESC LIMIT $limit
    RETURN i {.code, .name, .regencyCode, .provinceCode, .coordinate, .populated, .outermostSmall}
  }
} AS value
