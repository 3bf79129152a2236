// One page of villages for each district. $keys: district codes; $after; $limit (page size + 1).
UNWIND $keys AS key
MATCH (d:District {code: key})
RETURN key, {
  totalCount: COUNT { (:Village)-[:IN_DISTRICT]->(d) },
  nodes: COLLECT {
    MATCH (v:Village)-[:IN_DISTRICT]->(d)
    WHERE $after IS NULL OR v.code > $after
    WITH v ORDER BY v.code LIMIT $limit
    RETURN v {.code, .name, .districtCode, .kind}
  }
} AS value
