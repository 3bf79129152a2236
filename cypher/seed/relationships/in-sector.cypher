// IN_SECTOR: the sector of a program. $rows: [{from: program id, to: sector id, sourceId, quote, inferred, note}].
// One relationship per fact (src/seed/statements.ts): MERGEd on its `fact` key and given exactly
// the values of its best-ranked statement. $rows: [{from, to, fact, properties}].
UNWIND $rows AS row
MATCH (p:Program {id: row.from})
MATCH (s:Sector {id: row.to})
MERGE (p)-[r:IN_SECTOR {fact: row.fact}]->(s)
SET r = row.properties
RETURN count(*) AS written
