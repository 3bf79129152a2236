// The governments bound by each agreement, with provenance. $keys: agreement ids.
// The other end's properties come along, so its field needs no second round trip.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (r:Regency)-[p:PARTY_TO]->(:Agreement {id: key})
  WITH r, p ORDER BY r.code
  RETURN p {.fact, .valueKey, governmentCode: r.code, agreementId: key, government: r {.code, .name, .kind, .provinceCode}}
} AS value
