// ABOUT: the government a claim is about. $rows: [{from: claim id, to: regency code, sourceId, quote, inferred, note}].
// One relationship per fact (src/seed/statements.ts): MERGEd on its `fact` key and given exactly
// the values of its best-ranked statement. $rows: [{from, to, fact, properties}].
UNWIND $rows AS row
MATCH (c:Claim {id: row.from})
MATCH (g:Regency {code: row.to})
MERGE (c)-[r:ABOUT {fact: row.fact}]->(g)
SET r = row.properties
RETURN count(*) AS written
