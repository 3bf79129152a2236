// A page of who accompanied each official, by date (undated last), then companion id.
// The other end's properties come along, so its field needs no second round trip. $keys: official ids.
// The page slot (page): the page on sortKey, from $after or $before (a sortKey or null), $backward, $limit
// (src/common/batch.ts PAGE_SLOTS); $withTotal: count them all too.
UNWIND $keys AS key
RETURN key, {
  totalCount: CASE WHEN $withTotal THEN COUNT { (:Official)-[:ACCOMPANIED]->(:Official {id: key}) } END,
  nodes: COLLECT {
    MATCH (other:Official)-[x:ACCOMPANIED]->(:Official {id: key})
    WITH x, other, [coalesce(x.date.year * 1000 + x.date.ordinalDay, 9999999), other.id, x.fact] AS sortKey
    {{page}}
    RETURN x {.date, .dateText, .dateInferred, .purpose, .place, .fact, .valueKey, officialId: other.id, official: other {.id, .name, .nickname, .isGroup}, sortKey: sortKey}
  }
} AS value
