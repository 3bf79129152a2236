// Where each program originated. $keys: program ids.
// The other end's properties come along, so its field needs no second round trip.
UNWIND $keys AS key
MATCH (:Program {id: key})-[o:ORIGINATED_IN]->(r:Regency)
RETURN key, o {.fact, .valueKey, governmentCode: r.code, government: r {.code, .name, .kind, .provinceCode}} AS value
