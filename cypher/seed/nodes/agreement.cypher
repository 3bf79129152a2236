// Curated agreements (MoUs) and their provenance. $sourceId;
// $rows: [{id, kind, title, date, dateText, dateInferred, dateInference, place, quote, inferred, note}].
UNWIND $rows AS row
MATCH (s:Source {id: $sourceId})
MERGE (a:Agreement {id: row.id})
SET a.kind = row.kind, a.title = row.title, a.date = date(row.date), a.dateText = row.dateText,
    a.dateInferred = row.dateInferred, a.dateInference = row.dateInference, a.place = row.place
MERGE (a)-[p:SOURCED_FROM]->(s)
SET p.quote = row.quote, p.inferred = row.inferred, p.note = row.note
RETURN count(*) AS written
