// Governments running each program, with provenance. $keys: program ids.
// The other end's properties come along, so its field needs no second round trip.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (r:Regency)-[run:RUNS]->(:Program {id: key})
  WITH r, run ORDER BY r.code
  RETURN run {.since, .fact, .valueKey, programId: key, governmentCode: r.code, government: r {.code, .name, .kind, .provinceCode}}
} AS value
