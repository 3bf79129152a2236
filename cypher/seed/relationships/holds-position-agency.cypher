// HOLDS_POSITION at an agency (Kepala Bappeda, ...), one relationship per title.
// One relationship per fact (src/seed/statements.ts): MERGEd on its `fact` key and given exactly
// the values of its best-ranked statement. $rows: [{from, to, fact, properties}].
UNWIND $rows AS row
MATCH (o:Official {id: row.from})
MATCH (a:Agency {id: row.to})
MERGE (o)-[r:HOLDS_POSITION {fact: row.fact}]->(a)
SET r = row.properties, r.startDate = date(row.properties.startDate), r.endDate = date(row.properties.endDate), r.attestedOn = date(row.properties.attestedOn)
RETURN count(*) AS written
