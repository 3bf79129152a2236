// Q6: the cooperation network: governments as nodes, agreements as edges (one per agreement
// and pair of parties), with each government's agreement and partner counts.
RETURN
  COLLECT {
    MATCH (x:Regency)-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(y:Regency)
    WHERE x.code < y.code
    WITH a, x, y ORDER BY a.date, a.id, x.code, y.code
    RETURN {
      agreement: a {.id, .title, .date},
      sectors: COLLECT { MATCH (a)-[:COVERS]->(s:Sector) WITH s ORDER BY s.id RETURN s.id },
      source: x.code, target: y.code
    }
  } AS edges,
  COLLECT {
    MATCH (r:Regency)-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(other:Regency)
    WITH r, count(DISTINCT a) AS agreementCount, count(DISTINCT other) AS partnerCount
    ORDER BY r.code
    RETURN {code: r.code, name: r.name, agreementCount: agreementCount, partnerCount: partnerCount}
  } AS nodes
