// A page of the programs each government runs, by program id, with the provenance of "runs".
// The other end's properties come along, so its field needs no second round trip.
// $keys: regency codes; $withTotal: count them all too. The page slot (page): the page on sortKey, from
// $after or $before (a sortKey or null), $backward, $limit (src/common/batch.ts PAGE_SLOTS).
UNWIND $keys AS key
RETURN key, {
  totalCount: CASE WHEN $withTotal THEN COUNT { (:Regency {code: key})-[:RUNS]->(:Program) } END,
  nodes: COLLECT {
    MATCH (:Regency {code: key})-[run:RUNS]->(p:Program)
    WITH p, run, [p.id, run.fact] AS sortKey
    {{page}}
    RETURN run {.since, .fact, .valueKey, programId: p.id, governmentCode: key, program: p {.id, .name, .description, .kind, .since}, sortKey: sortKey}
  }
} AS value
