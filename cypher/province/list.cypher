// A page of provinces in code order. $name: folded name fragment or null; $after: code or null; $limit.
RETURN
  COUNT { MATCH (p:Province) WHERE $name IS NULL OR toLower(p.name) CONTAINS $name } AS totalCount,
  COLLECT {
    MATCH (p:Province)
    WHERE ($name IS NULL OR toLower(p.name) CONTAINS $name) AND ($after IS NULL OR p.code > $after)
    WITH p ORDER BY p.code LIMIT $limit
    RETURN p {.code, .name}
  } AS nodes
