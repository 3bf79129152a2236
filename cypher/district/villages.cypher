// One page of villages for each district. $keys: district codes; $after or $before: village code or null; $backward: reading with last/before; $limit (page size + 1).
UNWIND $keys AS key
MATCH (d:District {code: key})
RETURN key, {
  totalCount: COUNT { (:Village)-[:IN_DISTRICT]->(d) },
  nodes: COLLECT {
    MATCH (v:Village)-[:IN_DISTRICT]->(d)
    WHERE ($after IS NULL OR v.code > $after) AND ($before IS NULL OR v.code < $before)
    // Backwards ($backward: last/before) the nearest come first; the API turns the page round.
    WITH v ORDER BY CASE WHEN $backward THEN null ELSE v.code END, CASE WHEN $backward THEN v.code END DESC LIMIT $limit
    RETURN v {.code, .name, .districtCode, .kind}
  }
} AS value
