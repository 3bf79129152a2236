// A page of villages in code order. $districtCode and $name (folded fragment) may be null.
RETURN
  COUNT {
    MATCH (v:Village)
    WHERE ($districtCode IS NULL OR v.districtCode = $districtCode)
      AND ($name IS NULL OR toLower(v.name) CONTAINS $name)
  } AS totalCount,
  COLLECT {
    MATCH (v:Village)
    WHERE ($districtCode IS NULL OR v.districtCode = $districtCode)
      AND ($name IS NULL OR toLower(v.name) CONTAINS $name)
      AND ($after IS NULL OR v.code > $after)
    WITH v ORDER BY v.code LIMIT $limit
    RETURN v {.code, .name, .districtCode}
  } AS nodes
