// Provinces by code, for the province loader. $keys: list of codes ("36").
UNWIND $keys AS key
MATCH (p:Province {code: key})
RETURN key, p {.code, .name} AS value
