// A page of whom each official accompanied (on a visit), by date (undated last), then id.
// The other end's properties come along, so its field needs no second round trip. $keys: official ids.
// The page slot (page): the page on sortKey, from $after or $before (a sortKey or null), $backward, $limit
// (src/common/batch.ts PAGE_SLOTS); $withTotal: count them all too.
UNWIND $keys AS key
RETURN key, {
  totalCount: CASE WHEN $withTotal THEN COUNT { (:Official {id: key})-[:ACCOMPANIED]->(:Official) } END,
  nodes: COLLECT {
    MATCH (:Official {id: key})-[x:ACCOMPANIED]->(other:Official)
    WITH x, other, [coalesce(x.date.year * 1000 + x.date.ordinalDay, 9999999), other.id, x.fact] AS sortKey
    {{page}}
    RETURN x {.date, .dateText, .dateInferred, .purpose, .place, .fact, .valueKey, officialId: other.id, official: other {.id, .name, .nickname, .isGroup}, sortKey: sortKey}
  }
} AS value
