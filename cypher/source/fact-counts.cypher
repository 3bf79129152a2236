// How many statements each source makes between two entities (one per fact and value), what
// Source.facts lists (source/facts.cypher, the same pattern): a walk from the source. Statements
// of a node's own property (no OBJECT) and of a post held by nobody or someone unnamed (no
// SUBJECT) are not among them. $keys: source ids.
UNWIND $keys AS key
MATCH (src:Source {id: key})
RETURN key, COUNT { (src)<-[:CITES]-(st:Statement)-[:SUBJECT]->(), (st)-[:OBJECT]->() } AS value
