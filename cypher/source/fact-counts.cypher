// How many statements of relationships each source makes (one per fact and value it states),
// what Source.facts lists: a walk from the source; statements of a node's own property
// (type PROPERTY) have no OBJECT and are not counted. $keys: source ids.
UNWIND $keys AS key
MATCH (src:Source {id: key})
RETURN key, COUNT { (src)<-[:CITES]-(st:Statement) WHERE st.type <> 'PROPERTY' } AS value
