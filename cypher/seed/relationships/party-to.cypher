// PARTY_TO: a government bound by an agreement. $rows: [{from: regency code, to: agreement id, sourceId, quote, inferred, note}].
// One relationship per fact (src/seed/statements.ts): MERGEd on its `fact` key and given exactly
// the values of its best-ranked statement. $rows: [{from, to, fact, properties}].
UNWIND $rows AS row
MATCH (g:Regency {code: row.from})
MATCH (a:Agreement {id: row.to})
MERGE (g)-[r:PARTY_TO {fact: row.fact}]->(a)
SET r = row.properties
RETURN count(*) AS written
