// PART_OF: an agency belongs to a government. $rows: [{from: agency id, to: regency code, sourceId, quote, inferred, note}].
// One relationship per fact (src/seed/statements.ts): MERGEd on its `fact` key and given exactly
// the values of its best-ranked statement. $rows: [{from, to, fact, properties}].
UNWIND $rows AS row
MATCH (a:Agency {id: row.from})
MATCH (g:Regency {code: row.to})
MERGE (a)-[r:PART_OF {fact: row.fact}]->(g)
SET r = row.properties
RETURN count(*) AS written
