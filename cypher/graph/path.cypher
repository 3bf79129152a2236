// The shortest path between two entities, with every node and relationship on it.
// $from, $to: entity references as maps, {label: 'Official', key: 'anang-mulyana'} (src/graph/entity-ref.ts).
// {{types}}: the relationship types it may follow, as a pattern's `:A|B|C` (never SOURCED_FROM:
//         through a Source any two facts of one document would be two hops apart), so the
//         search expands only those.
// {{referencesOfR}}: each edge's references, or [] when the selection reads no provenance.
// Undirected: a path may run against a relationship's direction (each edge keeps its own).
// maxLength (1..10) is the bound of the search itself, a slot since variable-length bounds
// cannot be parameters: one text per length, each rendered once (src/graph/graph.repository.ts),
// so the search stops at maxLength hops instead of searching 10 and filtering.
// No row: an entity does not exist, or no path is short enough.
// Example: Anang Mulyana → Abdullah Azwar Anas is ACCOMPANIED, SIGNED_MOU, SIGNED_MOU (3).
UNWIND [0, 1] AS end
WITH end, [$from, $to][end] AS ref
// The slot below holds one branch per label of the model (src/model/cypher.ts), filled once,
// so that each end is found through its label's unique index.
CALL (ref) {
{{entityByRef}}
}
WITH end, n ORDER BY end
WITH collect(n) AS ends
WHERE size(ends) = 2
WITH ends[0] AS a, ends[1] AS b
// *0.. so that a path from an entity to itself is that entity alone.
MATCH p = shortestPath((a)-[{{types}}*0..{{maxLength}}]-(b))
RETURN
  [n IN nodes(p) | {
    label: labels(n)[0], key: coalesce(n.code, n.id),
    kind: CASE WHEN n:Official THEN CASE WHEN n.isGroup THEN 'GROUP' ELSE 'PERSON' END ELSE n.kind END,
    displayName: coalesce(n.name, n.title, n.text)
  }] AS nodes,
  [r IN relationships(p) | {
    type: type(r),
    fromLabel: labels(startNode(r))[0], fromKey: coalesce(startNode(r).code, startNode(r).id),
    toLabel: labels(endNode(r))[0], toKey: coalesce(endNode(r).code, endNode(r).id),
    title: r.title,
    references: {{referencesOfR}}
  }] AS edges
