// Who signed each agreement, for which government. $keys: agreement ids.
// The other end's properties come along, so its field needs no second round trip.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (o:Official)-[s:SIGNED_MOU]->(:Agreement {id: key})
  WITH o, s ORDER BY s.onBehalfOf
  RETURN s {.onBehalfOf, .fact, .valueKey, officialId: o.id, agreementId: key, official: o {.id, .name, .nickname, .isGroup}}
} AS value
