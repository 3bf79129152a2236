// Agreements each official signed, and for whom. $keys: official ids.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (:Official {id: key})-[s:SIGNED_MOU]->(a:Agreement)
  WITH s, a ORDER BY a.date DESC
  RETURN s {.onBehalfOf, .fact, .valueKey, officialId: key, agreementId: a.id}
} AS value
