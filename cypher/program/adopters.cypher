// Governments that adopted (or plan to adopt) each program. $keys: program ids.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (r:Regency)-[a:ADOPTED]->(:Program {id: key})
  WITH r, a ORDER BY a.date, r.code
  RETURN a {.status, .date, .fromCode, .sourceId, .quote, .inferred, .note, programId: key, governmentCode: r.code}
} AS value
