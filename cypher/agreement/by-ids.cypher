// Agreements (MoUs) by id. $keys: ids.
UNWIND $keys AS key
MATCH (a:Agreement {id: key})
RETURN key, a {.id, .kind, .title, .date, .dateText, .dateInferred, .dateInference, .place} AS value
