// COVERS: a sector an agreement covers; priority when the source says it comes first ("diutamakan").
// $rows: [{from: agreement id, to: sector id, priority, sourceId, quote, inferred, note}].
UNWIND $rows AS row
MATCH (a:Agreement {id: row.from})
MATCH (s:Sector {id: row.to})
MERGE (a)-[r:COVERS]->(s)
SET r.priority = row.priority,
    r.sourceId = row.sourceId, r.quote = row.quote, r.inferred = row.inferred, r.note = row.note
RETURN count(*) AS written
