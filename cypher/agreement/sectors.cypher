// Sectors each agreement covers, and whether they come first. $keys: agreement ids.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (:Agreement {id: key})-[c:COVERS]->(s:Sector)
  WITH s, c ORDER BY s.id
  RETURN c {.priority, .sourceId, .quote, .inferred, .note, sectorId: s.id}
} AS value
