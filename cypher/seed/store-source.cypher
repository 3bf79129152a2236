// Keeps an ingested source's file on its Source node (cypher/seed/stored-sources.cypher reads
// it back): its JSON, its text, and the name of the token that ingested it (curators change
// only their own sources). $rows: [{id, document, text, ingestedBy}].
UNWIND $rows AS row
MATCH (s:Source {id: row.id})
SET s.document = row.document, s.text = row.text, s.ingestedBy = row.ingestedBy
RETURN count(*) AS written
