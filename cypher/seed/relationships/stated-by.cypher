// STATED_BY: the official who made a claim. $rows: [{from: claim id, to: official id, sourceId, quote, inferred, note}].
// One relationship per fact (src/seed/statements.ts): MERGEd on its `fact` key and given exactly
// the values of its best-ranked statement. $rows: [{from, to, fact, properties}].
UNWIND $rows AS row
MATCH (c:Claim {id: row.from})
MATCH (o:Official {id: row.to})
MERGE (c)-[r:STATED_BY {fact: row.fact}]->(o)
SET r = row.properties
RETURN count(*) AS written
