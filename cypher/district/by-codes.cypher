// Districts (kecamatan) by code. $keys: codes ("36.04.01").
UNWIND $keys AS key
MATCH (d:District {code: key})
RETURN key, d {.code, .name, .regencyCode, villageCount: COUNT { ()-[:IN_DISTRICT]->(d) }} AS value
