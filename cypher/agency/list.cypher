// A page of agencies in id order. $governmentCode, $kind, $name (folded fragment): null for any.
RETURN
  COUNT {
    MATCH (a:Agency)
    WHERE ($governmentCode IS NULL OR a.governmentCode = $governmentCode)
      AND ($kind IS NULL OR a.kind = $kind)
      AND ($name IS NULL OR a.searchText CONTAINS $name)
  } AS totalCount,
  COLLECT {
    MATCH (a:Agency)
    WHERE ($governmentCode IS NULL OR a.governmentCode = $governmentCode)
      AND ($kind IS NULL OR a.kind = $kind)
      AND ($name IS NULL OR a.searchText CONTAINS $name)
      AND ($after IS NULL OR a.id > $after)
    WITH a ORDER BY a.id LIMIT $limit
    RETURN a {.id, .name, .shortName, .kind, .governmentCode}
  } AS nodes
