// Sectors of each program. $keys: program ids.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (:Program {id: key})-[:IN_SECTOR]->(s:Sector)
  WITH s ORDER BY s.id
  RETURN s {.id, .name, .localName}
} AS value
