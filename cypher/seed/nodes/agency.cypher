// Curated agencies (SKPD / OPD) and their provenance. $sourceId;
// $rows: [{id, name, shortName, kind, governmentCode, searchText, quote, inferred, note}].
UNWIND $rows AS row
MATCH (s:Source {id: $sourceId})
MERGE (a:Agency {id: row.id})
SET a.name = row.name, a.shortName = row.shortName, a.kind = row.kind,
    a.governmentCode = row.governmentCode, a.searchText = row.searchText
MERGE (a)-[p:SOURCED_FROM]->(s)
SET p.quote = row.quote, p.inferred = row.inferred, p.note = row.note
RETURN count(*) AS written
