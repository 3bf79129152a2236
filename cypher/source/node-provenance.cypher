// Provenance of curated nodes: their SOURCED_FROM links. $keys: "Label:key" strings
// ("Official:ratu-tatu-chasanah"), so one loader serves every curated label. Each node is
// found through its label's unique key index (the slot: one branch per label of the model,
// src/model/cypher.ts), then its links are a walk from it.
UNWIND $keys AS key
WITH key, {label: split(key, ':')[0], key: substring(key, size(split(key, ':')[0]) + 1)} AS ref
CALL (ref) {
{{entityByRef}}
}
RETURN key, COLLECT {
  MATCH (n)-[s:SOURCED_FROM]->(src:Source)
  WITH s, src ORDER BY src.publishedOn, src.id
  RETURN s {.quote, .inferred, .note, sourceId: src.id}
} AS value
