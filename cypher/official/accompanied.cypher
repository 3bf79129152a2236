// Whom each official accompanied (on a visit). $keys: official ids.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (:Official {id: key})-[x:ACCOMPANIED]->(other:Official)
  WITH x, other ORDER BY x.date, other.id
  RETURN x {.date, .dateText, .dateInferred, .purpose, .place, .sourceId, .quote, .inferred, .note, officialId: other.id}
} AS value
