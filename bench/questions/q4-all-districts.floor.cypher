// Q4: all regencies with their districts, in code order.
MATCH (r:Regency)
WITH r ORDER BY r.code
RETURN r.code AS code, r.name AS name,
  COLLECT { MATCH (d:District)-[:IN_REGENCY]->(r) WITH d ORDER BY d.code RETURN d {.code, .name} } AS districts
