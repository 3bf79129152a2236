// Whether a source was ingested into the graph (its Source node keeps its file) rather than
// seeded from seed/sources: only those can be retracted through the API. $id: the source id.
MATCH (s:Source {id: $id}) WHERE s.document IS NOT NULL
RETURN s.id AS id
