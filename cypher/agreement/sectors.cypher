// Sectors each agreement covers, and whether they come first. $keys: agreement ids.
// The other end's properties come along, so its field needs no second round trip.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (:Agreement {id: key})-[c:COVERS]->(s:Sector)
  WITH s, c ORDER BY s.id
  RETURN c {.priority, .fact, .valueKey, sectorId: s.id, sector: s {.id, .name, .localName}}
} AS value
