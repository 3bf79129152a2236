// COVERS: a sector an agreement covers; priority when the source says it comes first ("diutamakan").
// One relationship per fact (src/seed/statements.ts): MERGEd on its `fact` key and given exactly
// the values of its best-ranked statement. $rows: [{from, to, fact, properties}].
UNWIND $rows AS row
MATCH (a:Agreement {id: row.from})
MATCH (s:Sector {id: row.to})
MERGE (a)-[r:COVERS {fact: row.fact}]->(s)
SET r = row.properties
RETURN count(*) AS written
