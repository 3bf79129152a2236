// A page of regencies and cities, filtered and sorted. The slots {{where}}, {{after}}, {{orderBy}} and
// {{sortKey}} are compiled by src/filter from the `where` and `sort` arguments: properties and
// patterns come from a whitelist, every value is a parameter ($w0, $w1, ...). $limit: page size + 1.
// totalCount uses COUNT {}, so counting never loads what it counts.
RETURN
  COUNT { MATCH (n:Regency) WHERE {{where}} } AS totalCount,
  COLLECT {
    MATCH (n:Regency)
    WHERE {{where}} AND {{after}}
    WITH n ORDER BY {{orderBy}} LIMIT $limit
    RETURN n {
      .code, .name, .kind, .provinceCode, sortKey: {{sortKey}},
      // The province comes along: nearly every client asks for it, and it saves a round trip.
      // $withProvince: whether the client asked for it (src/common/lookahead.ts).
      province: CASE WHEN $withProvince THEN [(n)-[:IN_PROVINCE]->(p:Province) | p {.code, .name}][0] END
    }
  } AS nodes
