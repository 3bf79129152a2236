// Entity resolution (src/ingest/resolve.ts): the nodes a name may mean, found through the
// full-text index over folded names and aliases (every word must match: nickname, short name,
// and the `aliases` the seed stores from resolved mentions), with what tells them apart: the
// governments they hold posts at or belong to, the titles they hold, a line describing them.
// $label: the label the mention must have; $query: a Lucene query of the name's words
// (src/common/normalize.ts toLuceneQuery); $limit: candidates at most.
CALL db.index.fulltext.queryNodes('entityNames', $query) YIELD node
WHERE $label IN labels(node)
WITH node LIMIT $limit
WITH node,
     COLLECT {
       MATCH (node)-[h:HOLDS_POSITION]->(at)
       RETURN {government: coalesce(at.code, at.governmentCode), title: h.title, localTitle: h.localTitle, place: coalesce(at.shortName, at.name), at: labels(at)[0] + ':' + coalesce(at.id, at.code)}
     } AS posts
RETURN labels(node)[0] + ':' + coalesce(node.id, node.code) AS ref,
       coalesce(node.name, node.title) AS name,
       [alias IN [node.nickname, node.shortName] WHERE alias IS NOT NULL] + coalesce(node.aliases, []) AS aliases,
       [government IN
         [p IN posts | p.government] + [code IN [node.governmentCode, CASE WHEN node:Regency THEN node.code END] WHERE code IS NOT NULL]
        | government] AS governments,
       [p IN posts | p.title] + [p IN posts WHERE p.localTitle IS NOT NULL | p.localTitle] AS titles,
       [p IN posts | p.at] AS places,
       CASE
         WHEN size(posts) > 0 THEN reduce(line = '', p IN posts | line + CASE WHEN line = '' THEN '' ELSE '; ' END + coalesce(p.localTitle, p.title) + ' at ' + p.place + ' (' + p.government + ')')
         WHEN node:Regency THEN node.name + ' (' + node.code + ')'
         WHEN node.governmentCode IS NOT NULL THEN node.name + ' of ' + node.governmentCode
         ELSE coalesce(node.name, node.title)
       END AS description
ORDER BY ref
