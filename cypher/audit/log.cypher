// The audit log, newest first (src/ingest/ingest.resolver.ts auditLog): every write of the curated
// layer made through the API. $limit: entries at most.
MATCH (a:AuditEntry)
RETURN a {.*, at: toString(a.at)} AS entry
ORDER BY a.at DESC, a.id DESC
LIMIT $limit
