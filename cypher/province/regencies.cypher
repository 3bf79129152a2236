// The regencies and cities of each province, in code order. $keys: province codes.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (r:Regency)-[:IN_PROVINCE]->(p:Province {code: key})
  WITH r, p ORDER BY r.code
  // The province comes along, so Regency.province needs no round trip.
  RETURN r {.code, .name, .kind, .provinceCode, province: p {.code, .name}}
} AS value
