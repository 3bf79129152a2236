// The governments bound by each agreement, with provenance. $keys: agreement ids.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (r:Regency)-[p:PARTY_TO]->(:Agreement {id: key})
  WITH r, p ORDER BY r.code
  RETURN p {.sourceId, .quote, .inferred, .note, governmentCode: r.code, agreementId: key}
} AS value
