// Curated nodes of one label, one row per node (src/seed/property-statements.ts): the node is
// given exactly the row's properties (its key, the best value of each property some source
// states, searchText), so a value no source states any more goes, and one SOURCED_FROM per
// source declaring it, with that source's evidence.
// $rows: [{key, properties, sources: [{sourceId, quote, inferred, note}]}].
// Slots: `node`, the MERGE pattern of the label, as (n:Agreement {id: row.key}); `dates`, the
// Date fields of the model converted from ISO text, as `, n.date = date(row.properties.date)`.
UNWIND $rows AS row
MERGE {{node}}
SET n = row.properties{{dates}}
WITH n, row
UNWIND row.sources AS reference
MATCH (s:Source {id: reference.sourceId})
MERGE (n)-[p:SOURCED_FROM]->(s)
SET p.quote = reference.quote, p.inferred = reference.inferred, p.note = reference.note
RETURN count(DISTINCT n) AS written
