// HOLDS_POSITION at a government (Bupati, Wali Kota), one relationship per title.
// One relationship per fact (src/seed/statements.ts): MERGEd on its `fact` key and given exactly
// the values of its best-ranked statement. $rows: [{from, to, fact, properties}].
UNWIND $rows AS row
MATCH (o:Official {id: row.from})
MATCH (g:Regency {code: row.to})
MERGE (o)-[r:HOLDS_POSITION {fact: row.fact}]->(g)
SET r = row.properties, r.startDate = date(row.properties.startDate), r.endDate = date(row.properties.endDate), r.attestedOn = date(row.properties.attestedOn)
RETURN count(*) AS written
