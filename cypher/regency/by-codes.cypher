// Regencies and cities by code, for the regency loader. $keys: codes ("36.04").
UNWIND $keys AS key
MATCH (r:Regency {code: key})
// The province comes along: nearly every client asks for it, and it saves a round trip.
RETURN key, r {.code, .name, .kind, .provinceCode, province: [(r)-[:IN_PROVINCE]->(p:Province) | p {.code, .name}][0]} AS value
