// STATED_BY: the official who made a claim. $rows: [{from: claim id, to: official id, sourceId, quote, inferred, note}].
UNWIND $rows AS row
MATCH (c:Claim {id: row.from})
MATCH (o:Official {id: row.to})
MERGE (c)-[r:STATED_BY]->(o)
SET r.sourceId = row.sourceId, r.quote = row.quote, r.inferred = row.inferred, r.note = row.note
RETURN count(*) AS written
