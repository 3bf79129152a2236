// The files the graph keeps for ingested sources (src/ingest/mentions.ts reads a changed
// source's earlier version). $ids: source ids.
MATCH (s:Source) WHERE s.id IN $ids AND s.document IS NOT NULL
RETURN s.id AS id, s.document AS document
ORDER BY id
