// Sectors by id. $keys: ids ("education").
UNWIND $keys AS key
MATCH (s:Sector {id: key})
RETURN key, s {.id, .name, .localName} AS value
