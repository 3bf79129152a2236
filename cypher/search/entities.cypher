// Full-text search over the names of regencies, officials, agencies and programs.
// $query: a Lucene query built from folded words (src/search/normalize.ts); $labels: labels to keep; $limit.
// Ties in score go to the shorter name, so "Serang" ranks Kota Serang before its agencies.
CALL db.index.fulltext.queryNodes('entityNames', $query) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l IN $labels][0] AS label
WHERE label IS NOT NULL
WITH node, score, label, size(node.searchText) AS textLength
ORDER BY score DESC, textLength, coalesce(node.code, node.id)
LIMIT $limit
RETURN label, score, node {.*, searchText: null} AS node
