// A page of the governments bound by each agreement, in code order, with provenance.
// The other end's properties come along, so its field needs no second round trip. $keys: agreement ids.
// The page slot (page): the page on sortKey, from $after or $before (a sortKey or null), $backward, $limit
// (src/common/batch.ts PAGE_SLOTS); $withTotal: count them all too.
UNWIND $keys AS key
RETURN key, {
  totalCount: CASE WHEN $withTotal THEN COUNT { (:Regency)-[:PARTY_TO]->(:Agreement {id: key}) } END,
  nodes: COLLECT {
    MATCH (r:Regency)-[p:PARTY_TO]->(:Agreement {id: key})
    WITH r, p, [r.code, p.fact] AS sortKey
    {{page}}
    RETURN p {.fact, .valueKey, governmentCode: r.code, agreementId: key, government: r {.code, .name, .kind, .provinceCode}, sortKey: sortKey}
  }
} AS value
