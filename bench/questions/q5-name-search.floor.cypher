// Q5: a name search over regencies, officials, agencies and programs (full-text index entityNames).
// $phrase: a Lucene query ("+(serang OR serang*)"); $first: how many hits.
CALL db.index.fulltext.queryNodes('entityNames', $phrase) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l IN ['Regency', 'Official', 'Agency', 'Program']][0] AS type
WHERE type IS NOT NULL
RETURN type, score, coalesce(node.code, node.id) AS key, node.name AS name
ORDER BY score DESC, size(node.searchText), key
LIMIT $first
