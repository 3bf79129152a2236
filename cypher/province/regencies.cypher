// The regencies and cities of each province, in code order. $keys: province codes.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (r:Regency)-[:IN_PROVINCE]->(:Province {code: key})
  WITH r ORDER BY r.code
  RETURN r {.code, .name, .kind, .provinceCode}
} AS value
