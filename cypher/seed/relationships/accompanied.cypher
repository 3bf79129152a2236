// ACCOMPANIED: an official went with another on a visit.
// $rows: [{from: official id, to: official id, date, dateText, dateInferred, purpose, place, sourceId, quote, inferred, note}].
UNWIND $rows AS row
MATCH (a:Official {id: row.from})
MATCH (b:Official {id: row.to})
MERGE (a)-[r:ACCOMPANIED]->(b)
SET r.date = date(row.date), r.dateText = row.dateText, r.dateInferred = row.dateInferred,
    r.purpose = row.purpose, r.place = row.place,
    r.sourceId = row.sourceId, r.quote = row.quote, r.inferred = row.inferred, r.note = row.note
RETURN count(*) AS written
