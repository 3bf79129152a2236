// Q7: the shortest chain of relationships between two officials, as our API's path(from, to)
// defines it: any direction, at most 6 hops, facts only (no SOURCED_FROM, which would link
// everyone quoted by one article, nor the claims' ABOUT and STATED_BY). $fromId, $toId.
MATCH (a:Official {id: $fromId}), (b:Official {id: $toId})
MATCH p = shortestPath((a)-[:HOLDS_POSITION|PART_OF|PARTY_TO|SIGNED_MOU|ACCOMPANIED|RUNS|ADOPTED|ORIGINATED_IN|COVERS|IN_SECTOR|IN_PROVINCE|IN_REGENCY|IN_DISTRICT*..6]-(b))
RETURN [i IN range(0, length(p)) |
  {label: labels(nodes(p)[i])[0], key: coalesce(nodes(p)[i].code, nodes(p)[i].id),
   name: coalesce(nodes(p)[i].name, nodes(p)[i].title, nodes(p)[i].text),
   next: CASE WHEN i < length(p) THEN type(relationships(p)[i]) END}
] AS steps
