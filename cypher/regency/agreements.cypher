// A page of the agreements (MoUs) each government is party to, newest first (undated last).
// $keys: regency codes; $withTotal: count them all too. The page slot (page): the page on sortKey, from
// $after or $before (a sortKey or null), $backward, $limit (src/common/batch.ts PAGE_SLOTS).
UNWIND $keys AS key
RETURN key, {
  totalCount: CASE WHEN $withTotal THEN COUNT { (:Regency {code: key})-[:PARTY_TO]->(:Agreement) } END,
  nodes: COLLECT {
    MATCH (:Regency {code: key})-[:PARTY_TO]->(a:Agreement)
    // Newest first as an ascending key: the day negated (year * 1000 + day of the year).
    WITH a, [coalesce(-(a.date.year * 1000 + a.date.ordinalDay), 0), a.id] AS sortKey
    {{page}}
    RETURN a {.id, .kind, .title, .date, .dateText, .dateInferred, .dateInference, .place, sortKey: sortKey}
  }
} AS value
