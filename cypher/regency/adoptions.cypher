// Programs each government adopted (or plans to), with status and date. $keys: regency codes.
// The other end's properties come along, so its field needs no second round trip.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (:Regency {code: key})-[a:ADOPTED]->(p:Program)
  WITH p, a ORDER BY p.id
  RETURN a {.status, .date, .fromCode, .fact, .valueKey, programId: p.id, governmentCode: key, program: p {.id, .name, .description, .kind, .since}}
} AS value
