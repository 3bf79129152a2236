// A page of who signed each agreement, for which government, in that government's order.
// The other end's properties come along, so its field needs no second round trip. $keys: agreement ids.
// The page slot (page): the page on sortKey, from $after or $before (a sortKey or null), $backward, $limit
// (src/common/batch.ts PAGE_SLOTS); $withTotal: count them all too.
UNWIND $keys AS key
RETURN key, {
  totalCount: CASE WHEN $withTotal THEN COUNT { (:Official)-[:SIGNED_MOU]->(:Agreement {id: key}) } END,
  nodes: COLLECT {
    MATCH (o:Official)-[s:SIGNED_MOU]->(:Agreement {id: key})
    WITH o, s, [coalesce(s.onBehalfOf, ''), o.id, s.fact] AS sortKey
    {{page}}
    RETURN s {.onBehalfOf, .fact, .valueKey, officialId: o.id, agreementId: key, official: o {.id, .name, .nickname, .isGroup}, sortKey: sortKey}
  }
} AS value
