// Sectors (bidang) and where a source names them. $sourceId; $rows: [{id, name, localName, quote, inferred, note}].
UNWIND $rows AS row
MATCH (s:Source {id: $sourceId})
MERGE (x:Sector {id: row.id})
SET x.name = row.name, x.localName = row.localName
MERGE (x)-[p:SOURCED_FROM]->(s)
SET p.quote = row.quote, p.inferred = row.inferred, p.note = row.note
RETURN count(*) AS written
