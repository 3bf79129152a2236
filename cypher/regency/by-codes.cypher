// Regencies and cities by code, for the regency loader. $keys: codes ("36.04").
UNWIND $keys AS key
MATCH (r:Regency {code: key})
RETURN key, r {.code, .name, .kind, .provinceCode} AS value
