// Ingested sources as the graph keeps them (only those can be changed through the API or by a
// later ingest): the file (`document`, the JSON with its mentions resolved), its text, and the
// name of the token that ingested it. Read by the plan (a changed source keeps the nodes its
// earlier version made, src/ingest/mentions.ts) and by the mutations (who may change it).
// $ids: source ids; ids of seeded or unknown sources give no row.
MATCH (s:Source) WHERE s.id IN $ids AND s.document IS NOT NULL
RETURN s.id AS id, s.document AS document, s.text AS text, s.ingestedBy AS ingestedBy
ORDER BY id
