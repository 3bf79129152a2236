// A page of the agreements each official signed, and for whom, newest first (undated last).
// $keys: official ids.
// The page slot (page): the page on sortKey, from $after or $before (a sortKey or null), $backward, $limit
// (src/common/batch.ts PAGE_SLOTS); $withTotal: count them all too.
UNWIND $keys AS key
RETURN key, {
  totalCount: CASE WHEN $withTotal THEN COUNT { (:Official {id: key})-[:SIGNED_MOU]->(:Agreement) } END,
  nodes: COLLECT {
    MATCH (:Official {id: key})-[s:SIGNED_MOU]->(a:Agreement)
    // Newest first as an ascending key: the day negated (year * 1000 + day of the year).
    WITH s, a, [coalesce(-(a.date.year * 1000 + a.date.ordinalDay), 0), a.id, s.fact] AS sortKey
    {{page}}
    RETURN s {.onBehalfOf, .fact, .valueKey, officialId: key, agreementId: a.id, sortKey: sortKey}
  }
} AS value
