// Programs (and policies, practices) by id. $keys: ids.
UNWIND $keys AS key
MATCH (p:Program {id: key})
RETURN key, p {.id, .name, .description, .kind, .since} AS value
