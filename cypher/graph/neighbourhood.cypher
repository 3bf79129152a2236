// The ego network of an entity: every entity within $depth hops, capped at $limit nodes
// (the centre included), and the relationships among the nodes kept.
// $of: an entity reference as a map, {label: 'Regency', key: '36.04'} (src/graph/entity-ref.ts);
// $depth: 1..3; $types: the relationship types to follow; $limit: 1..1000.
// Undirected. The cap is applied here, never after loading: nearest first; at one distance
// curated entities, then provinces and regencies, then districts, then villages and islands (depth 2 from
// a regency reaches hundreds of villages: they go last); then by label and key.
// No row: the entity does not exist.
WITH $of AS ref
// The slot below holds one branch per label of the model (src/model/cypher.ts), so that
// the centre is found through its label's unique index.
CALL (ref) {
{{entityByRef}}
}
WITH n AS center
CALL (center) {
  // Variable-length bounds cannot be parameters: one branch per depth, and only the branch
  // whose depth is $depth runs (the others stop at their parameter-only predicate).
  CALL (center) {
    MATCH (center)-[rs*1..1]-(n) WHERE $depth = 1 AND all(r IN rs WHERE type(r) IN $types) RETURN n, size(rs) AS hops
    UNION ALL
    MATCH (center)-[rs*1..2]-(n) WHERE $depth = 2 AND all(r IN rs WHERE type(r) IN $types) RETURN n, size(rs) AS hops
    UNION ALL
    MATCH (center)-[rs*1..3]-(n) WHERE $depth = 3 AND all(r IN rs WHERE type(r) IN $types) RETURN n, size(rs) AS hops
  }
  WITH center, n, min(hops) AS hops
  WHERE n <> center
  WITH n, hops, CASE WHEN n:Village OR n:Island THEN 3 WHEN n:District THEN 2 WHEN n:Regency OR n:Province THEN 1 ELSE 0 END AS tier
  ORDER BY hops, tier, labels(n)[0], coalesce(n.code, n.id)
  RETURN collect({node: n, hops: hops}) AS found
}
WITH center, size(found) + 1 AS reachable, [{node: center, hops: 0}] + found[..$limit - 1] AS kept
WITH center, reachable, kept, [k IN kept | k.node] AS keptNodes
CALL (keptNodes) {
  // Outgoing only, so each relationship is met once.
  UNWIND keptNodes AS a
  MATCH (a)-[r]->(b)
  WHERE type(r) IN $types AND b IN keptNodes
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
      ELSE COLLECT { MATCH (st:Statement {fact: r.fact, valueKey: r.valueKey})-[:CITES]->(src:Source) WITH st, src ORDER BY src.publishedOn, src.id RETURN st {.quote, .inferred, .note, sourceId: src.id} }
    END
  }] AS edges,
  reachable,
  reachable > size(kept) AS truncated
