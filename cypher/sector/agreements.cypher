// Agreements covering each sector. $keys: sector ids.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (a:Agreement)-[:COVERS]->(:Sector {id: key})
  WITH a ORDER BY a.date DESC, a.id
  RETURN a {.id, .kind, .title, .date, .dateText, .dateInferred, .dateInference, .place}
} AS value
