// The audit log, newest first (src/ingest/ingest.resolver.ts auditLog): every write of the curated
// layer made through the API or `npm run ingest`. $after: the id of the last entry a client saw
// (the page is the entries older than it), or null; $limit: entries at most. `found` says
// whether $after names an entry.
OPTIONAL MATCH (last:AuditEntry {id: $after})
CALL (last) {
  MATCH (a:AuditEntry)
  WHERE last IS NULL OR a.at < last.at OR (a.at = last.at AND a.id < last.id)
  WITH a ORDER BY a.at DESC, a.id DESC LIMIT $limit
  RETURN collect(a {.*, at: toString(a.at)}) AS entries
}
RETURN last IS NOT NULL AS found, entries
