// Governments running each program, with provenance. $keys: program ids.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (r:Regency)-[run:RUNS]->(:Program {id: key})
  WITH r, run ORDER BY r.code
  RETURN run {.since, .sourceId, .quote, .inferred, .note, programId: key, governmentCode: r.code}
} AS value
