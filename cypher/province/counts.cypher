// Counts of the administrative units of each province. $keys: province codes.
UNWIND $keys AS key
MATCH (p:Province {code: key})
RETURN key, {
  regencies: COUNT { (r:Regency {kind: 'REGENCY'})-[:IN_PROVINCE]->(p) },
  cities: COUNT { (r:Regency {kind: 'CITY'})-[:IN_PROVINCE]->(p) },
  districts: COUNT { (:District)-[:IN_REGENCY]->(:Regency)-[:IN_PROVINCE]->(p) },
  villages: COUNT { (:Village)-[:IN_DISTRICT]->(:District)-[:IN_REGENCY]->(:Regency)-[:IN_PROVINCE]->(p) }
} AS value
