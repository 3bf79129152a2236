// A page of districts in code order. $regencyCode and $name (folded fragment) may be null.
RETURN
  COUNT {
    MATCH (d:District)
    WHERE ($regencyCode IS NULL OR d.regencyCode = $regencyCode)
      AND ($name IS NULL OR toLower(d.name) CONTAINS $name)
  } AS totalCount,
  COLLECT {
    MATCH (d:District)
    WHERE ($regencyCode IS NULL OR d.regencyCode = $regencyCode)
      AND ($name IS NULL OR toLower(d.name) CONTAINS $name)
      AND ($after IS NULL OR d.code > $after)
    WITH d ORDER BY d.code LIMIT $limit
    RETURN d {.code, .name, .regencyCode}
  } AS nodes
