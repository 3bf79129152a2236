// The ego network of an entity: every entity within $depth hops, capped at $limit nodes
// (the centre included), and the relationships among the nodes kept.
// $of: an entity reference as a map, {label: 'Regency', key: '36.04'} (src/graph/entity-ref.ts);
// $depth: 1..3; {{types}}: the relationship types to follow, as a pattern's `:A|B|C` (so only
// those are expanded); $limit: 1..1000; $edges: whether the relationships among the nodes kept
// are read; {{referencesOfR}}: their references, or [] when the selection reads no provenance.
// Undirected. The cap is applied here, never after loading: nearest first; at one distance by
// the model's neighbourhood tier (curated entities, then provinces and regencies, then
// districts, then villages and islands: depth 2 from a regency reaches hundreds of villages,
// they go last); then by label and key.
// No row: the entity does not exist.
WITH $of AS ref
// The slot below and the tier's are filled once from the model (src/model/cypher.ts): one
// branch per label, so that the centre is found through its label's unique index.
CALL (ref) {
{{entityByRef}}
}
WITH n AS center
// Breadth first, one level at a time over distinct nodes: a level expands only the nodes first
// met at the level before, each once, and never a path twice (a variable-length pattern
// enumerates every path). Levels beyond $depth expand nothing.
CALL (center) {
  MATCH (center)-[{{types}}]-(n) WHERE n <> center
  RETURN collect(DISTINCT n) AS hop1
}
CALL (center, hop1) {
  UNWIND CASE WHEN $depth >= 2 THEN hop1 ELSE [] END AS m
  MATCH (m)-[{{types}}]-(n) WHERE n <> center AND NOT n IN hop1
  RETURN collect(DISTINCT n) AS hop2
}
CALL (center, hop1, hop2) {
  UNWIND CASE WHEN $depth >= 3 THEN hop2 ELSE [] END AS m
  MATCH (m)-[{{types}}]-(n) WHERE n <> center AND NOT n IN hop1 AND NOT n IN hop2
  RETURN collect(DISTINCT n) AS hop3
}
// The cap as the walk goes: only the levels it reaches are ordered; a level beyond the cap is
// only counted (reachable).
WITH center, [hop1, hop2, hop3] AS levels, 1 + size(hop1) + size(hop2) + size(hop3) AS reachable,
     CASE WHEN size(hop1) >= $limit - 1 THEN 1 WHEN size(hop1) + size(hop2) >= $limit - 1 THEN 2 ELSE 3 END AS kept
CALL (levels, kept) {
  UNWIND range(1, kept) AS hops
  UNWIND levels[hops - 1] AS n
  WITH n, hops, labels(n)[0] AS label
  WITH n, hops, label, {{tier}} AS tier
  ORDER BY hops, tier, label, coalesce(n.code, n.id)
  LIMIT $limit - 1
  RETURN collect({node: n, hops: hops}) AS found
}
WITH center, reachable, [{node: center, hops: 0}] + found AS kept
WITH center, reachable, kept, [k IN kept | k.node] AS keptNodes
CALL (keptNodes) {
  // Outgoing only, so each relationship is met once.
  UNWIND CASE WHEN $edges THEN keptNodes ELSE [] END AS a
  MATCH (a)-[r{{types}}]->(b)
  WHERE b IN keptNodes
  WITH r ORDER BY type(r), labels(startNode(r))[0], coalesce(startNode(r).code, startNode(r).id), labels(endNode(r))[0], coalesce(endNode(r).code, endNode(r).id)
  RETURN collect(r) AS rels
}
RETURN
  [k IN kept | {
    label: labels(k.node)[0], key: coalesce(k.node.code, k.node.id),
    kind: CASE WHEN k.node:Official THEN CASE WHEN k.node.isGroup THEN 'GROUP' ELSE 'PERSON' END ELSE k.node.kind END,
    displayName: coalesce(k.node.name, k.node.title, k.node.text),
    hops: k.hops
  }] AS nodes,
  [r IN rels | {
    type: type(r),
    fromLabel: labels(startNode(r))[0], fromKey: coalesce(startNode(r).code, startNode(r).id),
    toLabel: labels(endNode(r))[0], toKey: coalesce(endNode(r).code, endNode(r).id),
    title: r.title,
    // A SOURCED_FROM link is provenance itself: its source is the node it points to; a curated
    // relationship's references are the statements of the value it shows (docs/model.md).
    references: CASE WHEN type(r) = 'SOURCED_FROM'
      THEN [{sourceId: endNode(r).id, quote: r.quote, inferred: r.inferred, note: r.note}]
      ELSE {{referencesOfR}}
    END
  }] AS edges,
  reachable,
  reachable > size(kept) AS truncated
