// Agreements covering each sector, newest first, at most $limit each. $keys: sector ids.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (a:Agreement)-[:COVERS]->(:Sector {id: key})
  WITH a ORDER BY a.date DESC, a.id
  LIMIT $limit
  RETURN a {.id, .kind, .title, .date, .dateText, .dateInferred, .dateInference, .place}
} AS value
