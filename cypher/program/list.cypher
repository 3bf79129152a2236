// A page of programs in id order. $kind, $name (folded fragment), $sectorId: null for any.
RETURN
  COUNT {
    MATCH (p:Program)
    WHERE ($kind IS NULL OR p.kind = $kind)
      AND ($name IS NULL OR p.searchText CONTAINS $name)
      AND ($sectorId IS NULL OR EXISTS { (p)-[:IN_SECTOR]->(:Sector {id: $sectorId}) })
  } AS totalCount,
  COLLECT {
    MATCH (p:Program)
    WHERE ($kind IS NULL OR p.kind = $kind)
      AND ($name IS NULL OR p.searchText CONTAINS $name)
      AND ($sectorId IS NULL OR EXISTS { (p)-[:IN_SECTOR]->(:Sector {id: $sectorId}) })
      AND ($after IS NULL OR p.id > $after)
    WITH p ORDER BY p.id LIMIT $limit
    RETURN p {.id, .name, .description, .kind, .since}
  } AS nodes
