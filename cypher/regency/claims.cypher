// A page of what sources say about each government (assessments, commitments), by claim id.
// $keys: regency codes; $withTotal: count them all too. The page slot (page): the page on sortKey, from
// $after or $before (a sortKey or null), $backward, $limit (src/common/batch.ts PAGE_SLOTS).
UNWIND $keys AS key
RETURN key, {
  totalCount: CASE WHEN $withTotal THEN COUNT { (:Claim)-[:ABOUT]->(:Regency {code: key}) } END,
  nodes: COLLECT {
    MATCH (c:Claim)-[:ABOUT]->(:Regency {code: key})
    WITH c, [c.id] AS sortKey
    {{page}}
    RETURN c {.id, .text, .kind, sortKey: sortKey}
  }
} AS value
