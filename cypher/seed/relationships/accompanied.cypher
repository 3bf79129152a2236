// ACCOMPANIED: an official went with another on a visit.
// One relationship per fact (src/seed/statements.ts): MERGEd on its `fact` key and given exactly
// the values of its best-ranked statement. $rows: [{from, to, fact, properties}].
UNWIND $rows AS row
MATCH (a:Official {id: row.from})
MATCH (b:Official {id: row.to})
MERGE (a)-[r:ACCOMPANIED {fact: row.fact}]->(b)
SET r = row.properties, r.date = date(row.properties.date)
RETURN count(*) AS written
