// Claims: what a source says (an assessment, a commitment), not what the graph asserts. $sourceId;
// $rows: [{id, text, kind, quote, inferred, note}].
UNWIND $rows AS row
MATCH (s:Source {id: $sourceId})
MERGE (c:Claim {id: row.id})
SET c.text = row.text, c.kind = row.kind
MERGE (c)-[p:SOURCED_FROM]->(s)
SET p.quote = row.quote, p.inferred = row.inferred, p.note = row.note
RETURN count(*) AS written
