// Curated officials and their provenance (SOURCED_FROM the source). $sourceId;
// $rows: [{id, name, nickname, isGroup, searchText, quote, inferred, note}].
UNWIND $rows AS row
MATCH (s:Source {id: $sourceId})
MERGE (o:Official {id: row.id})
SET o.name = row.name, o.nickname = row.nickname, o.isGroup = row.isGroup, o.searchText = row.searchText
MERGE (o)-[p:SOURCED_FROM]->(s)
SET p.quote = row.quote, p.inferred = row.inferred, p.note = row.note
RETURN count(*) AS written
