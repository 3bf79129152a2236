// HOLDS_POSITION at an agency (Kepala Bappeda, ...), one relationship per title.
// $rows: [{from: official id, to: agency id, title, localTitle, startDate, endDate,
//         attestedOn, attestedOnText, attestedOnInferred, sourceId, quote, inferred, note}].
UNWIND $rows AS row
MATCH (o:Official {id: row.from})
MATCH (a:Agency {id: row.to})
MERGE (o)-[r:HOLDS_POSITION {title: row.title}]->(a)
SET r.localTitle = row.localTitle, r.startDate = date(row.startDate), r.endDate = date(row.endDate),
    r.attestedOn = date(row.attestedOn), r.attestedOnText = row.attestedOnText, r.attestedOnInferred = row.attestedOnInferred,
    r.sourceId = row.sourceId, r.quote = row.quote, r.inferred = row.inferred, r.note = row.note
RETURN count(*) AS written
