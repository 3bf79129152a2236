// The sources ingested into the graph rather than kept in seed/sources (src/ingest/): each
// Source node holds its file's JSON (`document`) and the text its quotes were checked against.
MATCH (s:Source) WHERE s.document IS NOT NULL
RETURN s.id AS id, s.document AS document, s.text AS text
ORDER BY id
