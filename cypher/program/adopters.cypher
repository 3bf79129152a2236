// Governments that adopted (or plan to adopt) each program. $keys: program ids.
// The other end's properties come along, so its field needs no second round trip.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (r:Regency)-[a:ADOPTED]->(:Program {id: key})
  WITH r, a ORDER BY a.date, r.code
  RETURN a {.status, .date, .fromCode, .fact, .valueKey, programId: key, governmentCode: r.code, government: r {.code, .name, .kind, .provinceCode}}
} AS value
