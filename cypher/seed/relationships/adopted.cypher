// ADOPTED: a government adopts (or plans to adopt) another's program.
// One relationship per fact (src/seed/statements.ts): MERGEd on its `fact` key and given exactly
// the values of its best-ranked statement. $rows: [{from, to, fact, properties}].
UNWIND $rows AS row
MATCH (g:Regency {code: row.from})
MATCH (p:Program {id: row.to})
MERGE (g)-[r:ADOPTED {fact: row.fact}]->(p)
SET r = row.properties, r.date = date(row.properties.date)
RETURN count(*) AS written
