// SIGNED_MOU: an official signed an agreement for a government.
// $rows: [{from: official id, to: agreement id, onBehalfOf: regency code, sourceId, quote, inferred, note}].
UNWIND $rows AS row
MATCH (o:Official {id: row.from})
MATCH (a:Agreement {id: row.to})
MERGE (o)-[r:SIGNED_MOU]->(a)
SET r.onBehalfOf = row.onBehalfOf,
    r.sourceId = row.sourceId, r.quote = row.quote, r.inferred = row.inferred, r.note = row.note
RETURN count(*) AS written
