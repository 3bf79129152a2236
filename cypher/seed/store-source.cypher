// Keeps an ingested source's file on its Source node (cypher/seed/stored-sources.cypher reads
// it back): its JSON and its text. $rows: [{id, document, text}].
UNWIND $rows AS row
MATCH (s:Source {id: row.id})
SET s.document = row.document, s.text = row.text
RETURN count(*) AS written
