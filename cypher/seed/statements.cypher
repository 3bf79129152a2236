// Statements: what each source says about each fact (docs/model.md, "Statements"). One node per
// source, fact and value, MERGEd on its id and given exactly the row's properties (value
// properties included), linked to the source that makes it (CITES) and to the fact's two
// entities (SUBJECT, OBJECT; a statement of a node's own property has a SUBJECT only), so a
// source's facts are a walk from its node.
// $rows: [{sourceId, subject: {label, key}, object: {label, key} or null,
//          properties: {id, fact, type, rank, rankReason, quote, inferred, note, valueKey, ...values}}].
// The two slots below: one branch per label of the model (src/model/cypher.ts), finding each end by its key.
UNWIND $rows AS row
MATCH (s:Source {id: row.sourceId})
WITH row, s, row.subject AS subject, row.object AS object
OPTIONAL CALL (subject) {
{{subject}}
}
WITH row, s, object, n AS a
OPTIONAL CALL (object) {
{{object}}
}
// A row whose subject or object is given but missing is dropped, so the seed's count check fails
// loudly. A post held by nobody or someone unnamed (subject null) has only an OBJECT.
WITH row, s, a, n AS b
WHERE (row.subject IS NULL OR a IS NOT NULL) AND (row.object IS NULL OR b IS NOT NULL)
MERGE (st:Statement {id: row.properties.id})
SET st = row.properties
MERGE (st)-[:CITES]->(s)
FOREACH (end IN CASE WHEN a IS NULL THEN [] ELSE [a] END | MERGE (st)-[:SUBJECT]->(end))
FOREACH (end IN CASE WHEN b IS NULL THEN [] ELSE [b] END | MERGE (st)-[:OBJECT]->(end))
RETURN count(*) AS written
