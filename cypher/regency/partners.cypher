// A page of the other parties of each government's agreements (its cooperation partners), by code.
// $keys: regency codes; $withTotal: count them all too. The page slot (page): the page on sortKey, from
// $after or $before (a sortKey or null), $backward, $limit (src/common/batch.ts PAGE_SLOTS).
UNWIND $keys AS key
RETURN key, {
  totalCount: CASE WHEN $withTotal THEN COUNT {
    MATCH (:Regency {code: key})-[:PARTY_TO]->(:Agreement)<-[:PARTY_TO]-(other:Regency) WHERE other.code <> key RETURN DISTINCT other
  } END,
  nodes: COLLECT {
    MATCH (:Regency {code: key})-[:PARTY_TO]->(:Agreement)<-[:PARTY_TO]-(other:Regency)
    WHERE other.code <> key
    WITH DISTINCT other
    WITH other, [other.code] AS sortKey
    {{page}}
    RETURN other {.code, .name, .kind, .provinceCode, sortKey: sortKey}
  }
} AS value
