// The agencies (SKPD / OPD) of each government. $keys: regency codes.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (a:Agency)-[:PART_OF]->(:Regency {code: key})
  WITH a ORDER BY a.id
  RETURN a {.id, .name, .shortName, .kind, .governmentCode}
} AS value
