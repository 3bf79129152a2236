// RUNS: a government runs a program, policy or practice.
// $rows: [{from: regency code, to: program id, since, sourceId, quote, inferred, note}].
UNWIND $rows AS row
MATCH (g:Regency {code: row.from})
MATCH (p:Program {id: row.to})
MERGE (g)-[r:RUNS]->(p)
SET r.since = row.since,
    r.sourceId = row.sourceId, r.quote = row.quote, r.inferred = row.inferred, r.note = row.note
RETURN count(*) AS written
