// Programs each government runs, with the provenance of "runs". $keys: regency codes.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (:Regency {code: key})-[run:RUNS]->(p:Program)
  WITH p, run ORDER BY p.id
  RETURN run {.since, .sourceId, .quote, .inferred, .note, programId: p.id, governmentCode: key}
} AS value
