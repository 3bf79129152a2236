// How many agreements cover each sector (the degree of COVERS, not a scan). $keys: sector ids.
UNWIND $keys AS key
MATCH (s:Sector {id: key})
RETURN key, COUNT { (:Agreement)-[:COVERS]->(s) } AS value
