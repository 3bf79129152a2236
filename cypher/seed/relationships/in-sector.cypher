// IN_SECTOR: the sector of a program. $rows: [{from: program id, to: sector id, sourceId, quote, inferred, note}].
UNWIND $rows AS row
MATCH (p:Program {id: row.from})
MATCH (s:Sector {id: row.to})
MERGE (p)-[r:IN_SECTOR]->(s)
SET r.sourceId = row.sourceId, r.quote = row.quote, r.inferred = row.inferred, r.note = row.note
RETURN count(*) AS written
