// A page of the governments running each program, in code order, with provenance.
// The other end's properties come along, so its field needs no second round trip. $keys: program ids.
// The page slot (page): the page on sortKey, from $after or $before (a sortKey or null), $backward, $limit
// (src/common/batch.ts PAGE_SLOTS); $withTotal: count them all too.
UNWIND $keys AS key
RETURN key, {
  totalCount: CASE WHEN $withTotal THEN COUNT { (:Regency)-[:RUNS]->(:Program {id: key}) } END,
  nodes: COLLECT {
    MATCH (r:Regency)-[run:RUNS]->(:Program {id: key})
    WITH r, run, [r.code, run.fact] AS sortKey
    {{page}}
    RETURN run {.since, .fact, .valueKey, programId: key, governmentCode: r.code, government: r {.code, .name, .kind, .provinceCode}, sortKey: sortKey}
  }
} AS value
