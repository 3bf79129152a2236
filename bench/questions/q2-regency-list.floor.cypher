// Q2: the first $first regencies in code order with their province, head and number of agencies.
MATCH (r:Regency)
WITH r ORDER BY r.code LIMIT $first
MATCH (r)-[:IN_PROVINCE]->(p:Province)
RETURN r.code AS code, r.name AS name, p {.code, .name} AS province,
  head(COLLECT {
    MATCH (o:Official)-[h:HOLDS_POSITION]->(r)
    WHERE h.title IN ['Regent', 'Mayor']
    WITH o, h ORDER BY h.endDate IS NULL DESC, h.startDate DESC
    RETURN o {.id, .name}
  }) AS head,
  COUNT { (:Agency)-[:PART_OF]->(r) } AS agencyCount
ORDER BY code
