// Agreements (MoUs) each government is party to, newest first. $keys: regency codes.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (:Regency {code: key})-[:PARTY_TO]->(a:Agreement)
  WITH a ORDER BY a.date DESC, a.id
  RETURN a {.id, .kind, .title, .date, .dateText, .dateInferred, .dateInference, .place}
} AS value
