// Programs in each sector. $keys: sector ids.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (p:Program)-[:IN_SECTOR]->(:Sector {id: key})
  WITH p ORDER BY p.id
  RETURN p {.id, .name, .description, .kind, .since}
} AS value
