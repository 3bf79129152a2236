// An ingested source as the graph keeps it (only those can be changed through the API):
// its file (`document`, the JSON with its mentions resolved), its text, and the name of the
// token that last ingested it. $id: the source id.
MATCH (s:Source {id: $id}) WHERE s.document IS NOT NULL
RETURN s.id AS id, s.document AS document, s.text AS text, s.ingestedBy AS ingestedBy
