// Counts of the administrative units of each province. $keys: province codes.
// Villages are counted per district as its IN_DISTRICT degree (every IN_DISTRICT starts at a
// Village) and summed, so the 83,762 villages themselves are never visited.
UNWIND $keys AS key
MATCH (p:Province {code: key})
CALL (p) {
  OPTIONAL MATCH (r:Regency)-[:IN_PROVINCE]->(p)
  CALL (r) {
    OPTIONAL MATCH (d:District)-[:IN_REGENCY]->(r)
    RETURN count(d) AS districts, sum(COUNT { ()-[:IN_DISTRICT]->(d) }) AS villages
  }
  RETURN count(CASE r.kind WHEN 'REGENCY' THEN 1 END) AS regencies,
         count(CASE r.kind WHEN 'CITY' THEN 1 END) AS cities,
         sum(districts) AS districts,
         sum(villages) AS villages
}
RETURN key, {regencies: regencies, cities: cities, districts: districts, villages: villages} AS value
