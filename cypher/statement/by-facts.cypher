// Every statement of each fact, with the source that makes it: the references of a curated
// relationship and, in the full form, every value sources give it (docs/model.md, "Statements").
// Oldest source first (undated sources last), then by source id. $keys: fact keys.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (st:Statement {fact: key})-[:CITES]->(src:Source)
  WITH st, src ORDER BY src.publishedOn, src.id
  RETURN st {.*, sourceId: src.id}
} AS value
