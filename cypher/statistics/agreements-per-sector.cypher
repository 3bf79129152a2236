// Agreements per sector, every sector (those no agreement covers count 0), most covered first.
// priorityCount: of those, the agreements that put the sector first ("diutamakan").
MATCH (s:Sector)
WITH s,
     COUNT { (:Agreement)-[:COVERS]->(s) } AS count,
     COUNT { (:Agreement)-[:COVERS {priority: true}]->(s) } AS priorityCount
RETURN s {.id, .name, .localName} AS sector, count, priorityCount
ORDER BY count DESC, s.id
