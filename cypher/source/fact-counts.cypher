// How many statements each source makes (one per fact and value it states): a walk from the
// source. $keys: source ids.
UNWIND $keys AS key
MATCH (src:Source {id: key})
RETURN key, COUNT { (src)<-[:CITES]-(:Statement) } AS value
