// A page of regencies and cities in code order, filtered.
// $provinceCode, $kind ('REGENCY' | 'CITY'), $name (folded fragment): each null for "any".
// $after: the last code of the previous page or null; $limit: page size + 1.
RETURN
  COUNT {
    MATCH (r:Regency)
    WHERE ($provinceCode IS NULL OR r.provinceCode = $provinceCode)
      AND ($kind IS NULL OR r.kind = $kind)
      AND ($name IS NULL OR r.searchText CONTAINS $name)
  } AS totalCount,
  COLLECT {
    MATCH (r:Regency)
    WHERE ($provinceCode IS NULL OR r.provinceCode = $provinceCode)
      AND ($kind IS NULL OR r.kind = $kind)
      AND ($name IS NULL OR r.searchText CONTAINS $name)
      AND ($after IS NULL OR r.code > $after)
    WITH r ORDER BY r.code LIMIT $limit
    RETURN r {.code, .name, .kind, .provinceCode}
  } AS nodes
