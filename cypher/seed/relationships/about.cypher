// ABOUT: the government a claim is about. $rows: [{from: claim id, to: regency code, sourceId, quote, inferred, note}].
UNWIND $rows AS row
MATCH (c:Claim {id: row.from})
MATCH (g:Regency {code: row.to})
MERGE (c)-[r:ABOUT]->(g)
SET r.sourceId = row.sourceId, r.quote = row.quote, r.inferred = row.inferred, r.note = row.note
RETURN count(*) AS written
