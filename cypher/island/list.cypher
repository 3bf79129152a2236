// A page of islands, filtered and sorted. The slots {{where}}, {{after}}, {{orderBy}} and
// {{sortKey}} are compiled by src/filter from the `where` and `sort` arguments: properties and
// patterns come from a whitelist, every value is a parameter ($w0, $w1, ...). $limit: page size + 1.
// `where: { near: ... }` compiles to point.distance(n.coordinate, point(...)) <= metres, which
// Neo4j answers from the point index on Island.coordinate.
RETURN
  COUNT { MATCH (n:Island) WHERE {{where}} } AS totalCount,
  COLLECT {
    MATCH (n:Island)
    WHERE {{where}} AND {{after}}
    WITH n ORDER BY {{orderBy}} LIMIT $limit
    RETURN n {.code, .name, .regencyCode, .provinceCode, .coordinate, .populated, .outermostSmall, sortKey: {{sortKey}}}
  } AS nodes
