// ORIGINATED_IN: the government a program comes from.
// $rows: [{from: program id, to: regency code, sourceId, quote, inferred, note}].
UNWIND $rows AS row
MATCH (p:Program {id: row.from})
MATCH (g:Regency {code: row.to})
MERGE (p)-[r:ORIGINATED_IN]->(g)
SET r.sourceId = row.sourceId, r.quote = row.quote, r.inferred = row.inferred, r.note = row.note
RETURN count(*) AS written
