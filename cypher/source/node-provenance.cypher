// Provenance of curated nodes: their SOURCED_FROM links. $keys: "Label:key" strings
// ("Official:ratu-tatu-chasanah"), so one loader serves every curated label.
UNWIND $keys AS key
WITH key, split(key, ':')[0] AS label, substring(key, size(split(key, ':')[0]) + 1) AS id
RETURN key, COLLECT {
  MATCH (n)-[s:SOURCED_FROM]->(src:Source)
  WHERE label IN labels(n) AND (n.id = id OR n.code = id)
  WITH s, src ORDER BY src.id
  RETURN s {.quote, .inferred, .note, sourceId: src.id}
} AS value
