// A page of officials in id order. $name: folded name fragment or null; $governmentCode: only
// officials holding a position at that government or its agencies, or null.
RETURN
  COUNT {
    MATCH (o:Official)
    WHERE ($name IS NULL OR o.searchText CONTAINS $name)
      AND ($governmentCode IS NULL OR EXISTS {
        MATCH (o)-[:HOLDS_POSITION]->(at)
        WHERE (at:Regency AND at.code = $governmentCode) OR (at:Agency AND at.governmentCode = $governmentCode)
      })
  } AS totalCount,
  COLLECT {
    MATCH (o:Official)
    WHERE ($name IS NULL OR o.searchText CONTAINS $name)
      AND ($governmentCode IS NULL OR EXISTS {
        MATCH (o)-[:HOLDS_POSITION]->(at)
        WHERE (at:Regency AND at.code = $governmentCode) OR (at:Agency AND at.governmentCode = $governmentCode)
      })
      AND ($after IS NULL OR o.id > $after)
    WITH o ORDER BY o.id LIMIT $limit
    RETURN o {.id, .name, .nickname, .isGroup}
  } AS nodes
