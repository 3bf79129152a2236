// A page of the governments that adopted (or plan to adopt) each program, by date (undated last), then code.
// The other end's properties come along, so its field needs no second round trip. $keys: program ids.
// The page slot (page): the page on sortKey, from $after or $before (a sortKey or null), $backward, $limit
// (src/common/batch.ts PAGE_SLOTS); $withTotal: count them all too.
UNWIND $keys AS key
RETURN key, {
  totalCount: CASE WHEN $withTotal THEN COUNT { (:Regency)-[:ADOPTED]->(:Program {id: key}) } END,
  nodes: COLLECT {
    MATCH (r:Regency)-[a:ADOPTED]->(:Program {id: key})
    WITH r, a, [coalesce(a.date.year * 1000 + a.date.ordinalDay, 9999999), r.code, a.fact] AS sortKey
    {{page}}
    RETURN a {.status, .date, .fromCode, .fact, .valueKey, programId: key, governmentCode: r.code, government: r {.code, .name, .kind, .provinceCode}, sortKey: sortKey}
  }
} AS value
