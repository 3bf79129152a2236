// The audit record of a write of the curated layer through the API or `npm run ingest` (issue 10),
// written in the same transaction as the write: who (the token's name), when, what and which
// sources, what it amounted to, what changed (`detail`, JSON) and the hash of the plan shown.
// $rows: [{id, who, action, sourceIds, planHash, detail, sources, nodes, statements, facts, retracted}].
UNWIND $rows AS row
CREATE (a:AuditEntry {id: row.id, at: datetime()})
SET a += row
RETURN count(*) AS written
