// RUNS: a government runs a program, policy or practice.
// One relationship per fact (src/seed/statements.ts): MERGEd on its `fact` key and given exactly
// the values of its best-ranked statement. $rows: [{from, to, fact, properties}].
UNWIND $rows AS row
MATCH (g:Regency {code: row.from})
MATCH (p:Program {id: row.to})
MERGE (g)-[r:RUNS {fact: row.fact}]->(p)
SET r = row.properties
RETURN count(*) AS written
