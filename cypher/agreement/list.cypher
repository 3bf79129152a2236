// A page of agreements in id order. $partyCode (a government that is party), $sectorId: null for any.
RETURN
  COUNT {
    MATCH (a:Agreement)
    WHERE ($partyCode IS NULL OR EXISTS { (:Regency {code: $partyCode})-[:PARTY_TO]->(a) })
      AND ($sectorId IS NULL OR EXISTS { (a)-[:COVERS]->(:Sector {id: $sectorId}) })
  } AS totalCount,
  COLLECT {
    MATCH (a:Agreement)
    WHERE ($partyCode IS NULL OR EXISTS { (:Regency {code: $partyCode})-[:PARTY_TO]->(a) })
      AND ($sectorId IS NULL OR EXISTS { (a)-[:COVERS]->(:Sector {id: $sectorId}) })
      AND ($after IS NULL OR a.id > $after)
    WITH a ORDER BY a.id LIMIT $limit
    RETURN a {.id, .kind, .title, .date, .dateText, .dateInferred, .dateInference, .place}
  } AS nodes
