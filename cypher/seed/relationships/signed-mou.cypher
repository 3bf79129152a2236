// SIGNED_MOU: an official signed an agreement for a government.
// One relationship per fact (src/seed/statements.ts): MERGEd on its `fact` key and given exactly
// the values of its best-ranked statement. $rows: [{from, to, fact, properties}].
UNWIND $rows AS row
MATCH (o:Official {id: row.from})
MATCH (a:Agreement {id: row.to})
MERGE (o)-[r:SIGNED_MOU {fact: row.fact}]->(a)
SET r = row.properties
RETURN count(*) AS written
