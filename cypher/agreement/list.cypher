// A page of agreements, filtered and sorted. The slots {{where}}, {{after}}, {{orderBy}} and
// {{sortKey}} are compiled by src/filter from the `where` and `sort` arguments: properties and
// patterns come from a whitelist, every value is a parameter ($w0, $w1, ...). $limit: page size + 1.
// totalCount uses COUNT {}, so counting never loads what it counts.
RETURN
  COUNT { MATCH (n:Agreement) WHERE {{where}} } AS totalCount,
  COLLECT {
    MATCH (n:Agreement)
    WHERE {{where}} AND {{after}}
    WITH n ORDER BY {{orderBy}} LIMIT $limit
    RETURN n {.id, .kind, .title, .date, .dateText, .dateInferred, .dateInference, .place, sortKey: {{sortKey}}}
  } AS nodes
