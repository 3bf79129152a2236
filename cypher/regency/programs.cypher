// Programs each government runs, with the provenance of "runs". $keys: regency codes.
// The other end's properties come along, so its field needs no second round trip.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (:Regency {code: key})-[run:RUNS]->(p:Program)
  WITH p, run ORDER BY p.id
  RETURN run {.since, .fact, .valueKey, programId: p.id, governmentCode: key, program: p {.id, .name, .description, .kind, .since}}
} AS value
