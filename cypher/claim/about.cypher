// The governments each claim is about. $keys: claim ids.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (:Claim {id: key})-[:ABOUT]->(r:Regency)
  WITH r ORDER BY r.code
  RETURN r {.code, .name, .kind, .provinceCode}
} AS value
