// A page of villages, filtered and sorted. The slots {{where}}, {{after}}, {{orderBy}} and
// {{sortKey}} are compiled by src/filter from the `where` and `sort` arguments: properties and
// patterns come from a whitelist, every value is a parameter ($w0, $w1, ...). $limit: page size + 1.
// totalCount uses COUNT {}, so counting never loads what it counts.
RETURN
  COUNT { MATCH (n:Village) WHERE {{where}} } AS totalCount,
  COLLECT {
    MATCH (n:Village)
    WHERE {{where}} AND {{after}}
    WITH n ORDER BY {{orderBy}} LIMIT $limit
    RETURN n {.code, .name, .districtCode, .kind, sortKey: {{sortKey}}}
  } AS nodes
