// Officials by id. $keys: ids ("ratu-tatu-chasanah").
UNWIND $keys AS key
MATCH (o:Official {id: key})
RETURN key, o {.id, .name, .nickname, .isGroup} AS value
