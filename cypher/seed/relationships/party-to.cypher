// PARTY_TO: a government bound by an agreement. $rows: [{from: regency code, to: agreement id, sourceId, quote, inferred, note}].
UNWIND $rows AS row
MATCH (g:Regency {code: row.from})
MATCH (a:Agreement {id: row.to})
MERGE (g)-[r:PARTY_TO]->(a)
SET r.sourceId = row.sourceId, r.quote = row.quote, r.inferred = row.inferred, r.note = row.note
RETURN count(*) AS written
