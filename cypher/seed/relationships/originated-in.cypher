// ORIGINATED_IN: the government a program comes from.
// One relationship per fact (src/seed/statements.ts): MERGEd on its `fact` key and given exactly
// the values of its best-ranked statement. $rows: [{from, to, fact, properties}].
UNWIND $rows AS row
MATCH (p:Program {id: row.from})
MATCH (g:Regency {code: row.to})
MERGE (p)-[r:ORIGINATED_IN {fact: row.fact}]->(g)
SET r = row.properties
RETURN count(*) AS written
