// Agencies (SKPD / OPD) by id. $keys: ids ("36.04-bappeda").
UNWIND $keys AS key
MATCH (a:Agency {id: key})
RETURN key, a {.id, .name, .shortName, .kind, .governmentCode} AS value
