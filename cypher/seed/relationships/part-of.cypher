// PART_OF: an agency belongs to a government. $rows: [{from: agency id, to: regency code, sourceId, quote, inferred, note}].
UNWIND $rows AS row
MATCH (a:Agency {id: row.from})
MATCH (g:Regency {code: row.to})
MERGE (a)-[r:PART_OF]->(g)
SET r.sourceId = row.sourceId, r.quote = row.quote, r.inferred = row.inferred, r.note = row.note
RETURN count(*) AS written
