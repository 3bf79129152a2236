// Curated programs, policies and practices and their provenance. $sourceId;
// $rows: [{id, name, description, kind, since (a year), searchText, quote, inferred, note}].
UNWIND $rows AS row
MATCH (s:Source {id: $sourceId})
MERGE (g:Program {id: row.id})
SET g.name = row.name, g.description = row.description, g.kind = row.kind, g.since = row.since,
    g.searchText = row.searchText
MERGE (g)-[p:SOURCED_FROM]->(s)
SET p.quote = row.quote, p.inferred = row.inferred, p.note = row.note
RETURN count(*) AS written
