// How many curated relationships cite each source. $keys: source ids. The slot holds the
// curated relationship types that carry a sourceId (src/model/cypher.ts).
UNWIND $keys AS key
RETURN key, COUNT { MATCH ()-[r:{{types}}]->() WHERE r.sourceId = key } AS value
