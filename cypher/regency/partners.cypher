// The other parties of each government's agreements: its cooperation partners. $keys: regency codes.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (:Regency {code: key})-[:PARTY_TO]->(:Agreement)<-[:PARTY_TO]-(other:Regency)
  WHERE other.code <> key
  WITH DISTINCT other ORDER BY other.code
  RETURN other {.code, .name, .kind, .provinceCode}
} AS value
