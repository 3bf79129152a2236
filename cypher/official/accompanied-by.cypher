// Who accompanied each official. $keys: official ids.
// The other end's properties come along, so its field needs no second round trip.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (other:Official)-[x:ACCOMPANIED]->(:Official {id: key})
  WITH x, other ORDER BY x.date, other.id
  RETURN x {.date, .dateText, .dateInferred, .purpose, .place, .fact, .valueKey, officialId: other.id, official: other {.id, .name, .nickname, .isGroup}}
} AS value
