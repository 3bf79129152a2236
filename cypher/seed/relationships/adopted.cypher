// ADOPTED: a government adopts (or plans to adopt) another's program.
// $rows: [{from: regency code, to: program id, status, date, fromCode, sourceId, quote, inferred, note}].
UNWIND $rows AS row
MATCH (g:Regency {code: row.from})
MATCH (p:Program {id: row.to})
MERGE (g)-[r:ADOPTED]->(p)
SET r.status = row.status, r.date = date(row.date), r.fromCode = row.fromCode,
    r.sourceId = row.sourceId, r.quote = row.quote, r.inferred = row.inferred, r.note = row.note
RETURN count(*) AS written
