/**
 * Bounds of the graph questions; beyond them a query would be slow or its answer unreadable.
 * The first two are also written in Cypher, which takes no parameter there: one text per
 * maxLength of cypher/graph/path.cypher (src/graph/graph.repository.ts) and one level per
 * depth in cypher/graph/neighbourhood.cypher.
 */
export const GRAPH_LIMITS = {
  maxPathLength: 10,
  maxDepth: 3,
  maxNeighbourhoodNodes: 1000,
  maxNetworkEdges: 1000,
} as const;
