// Regencies (kabupaten), cities (kota), districts (kecamatan) and villages (desa / kelurahan)
// of every province, or of one: $provinceCode ("36") or null for all 38.
// Sorted by $sortField (CODE, NAME, REGENCIES, CITIES, DISTRICTS or VILLAGES), descending
// when $descending; ties in code order.
// Villages are counted once per district, as the district's IN_DISTRICT degree (every
// IN_DISTRICT starts at a Village, see docs/model.md), and summed up: the query never visits
// the 83,762 villages themselves, which a path pattern per province would (about 9x the db hits).
MATCH (p:Province)
WHERE $provinceCode IS NULL OR p.code = $provinceCode
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
WITH p, regencies, cities, districts, villages,
     CASE $sortField
       WHEN 'NAME' THEN p.name
       WHEN 'REGENCIES' THEN regencies
       WHEN 'CITIES' THEN cities
       WHEN 'DISTRICTS' THEN districts
       WHEN 'VILLAGES' THEN villages
       ELSE p.code
     END AS sortKey
RETURN p {.code, .name} AS province, regencies, cities, districts, villages
ORDER BY CASE WHEN $descending THEN sortKey END DESC, sortKey, p.code
