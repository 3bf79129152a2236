// Marks a source as completely written, with the fingerprint of its file (src/seed/fingerprint.ts).
// Set last, so an interrupted seed leaves the old (or no) fingerprint and is done again.
// $rows: [{id, fingerprint}].
UNWIND $rows AS row
MATCH (s:Source {id: row.id})
SET s.seedFingerprint = row.fingerprint
RETURN count(*) AS written
