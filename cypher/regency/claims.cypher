// What sources say about each government (assessments, commitments). $keys: regency codes.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (c:Claim)-[:ABOUT]->(:Regency {code: key})
  WITH c ORDER BY c.id
  RETURN c {.id, .text, .kind}
} AS value
