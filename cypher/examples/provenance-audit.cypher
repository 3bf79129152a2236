// Question: Which curated facts lack provenance? Curated nodes with no SOURCED_FROM (or one
// without a quote, or an inference without a note), and curated relationships whose shown value
// no Statement citing a Source states, or whose statements lack a quote or an inference's note.
// A healthy graph returns no rows.
//
// Parameters (defaults; in the Neo4j Browser run the :param lines first, without "//"):
// :param nodeLabels => ['Official', 'Agency', 'Program', 'Agreement', 'Sector', 'Claim']
// :param relationshipTypes => ['PART_OF', 'HOLDS_POSITION', 'PARTY_TO', 'SIGNED_MOU', 'COVERS', 'RUNS', 'ADOPTED', 'ORIGINATED_IN', 'IN_SECTOR', 'ACCOMPANIED', 'ABOUT', 'STATED_BY']
//   nodeLabels, relationshipTypes: what counts as curated (docs/model.md); the backbone
//   (Province ... Village, Island, IN_PROVINCE ...) comes from one Source, which each of
//   its nodes names in `sourceId`.
//
// Example result (seeded graph): no rows.
//
//   fact | type | key | problem
//   -----+------+-----+--------
//
MATCH (n)
WHERE any(label IN labels(n) WHERE label IN $nodeLabels)
OPTIONAL MATCH (n)-[s:SOURCED_FROM]->(:Source)
WITH n, collect(s) AS sourcings
WITH n, CASE
  WHEN size(sourcings) = 0 THEN 'no SOURCED_FROM'
  WHEN any(s IN sourcings WHERE s.quote IS NULL OR trim(s.quote) = '') THEN 'SOURCED_FROM without a quote'
  WHEN any(s IN sourcings WHERE s.inferred AND s.note IS NULL) THEN 'inferred without a note'
END AS problem
WHERE problem IS NOT NULL
RETURN 'node' AS fact, labels(n)[0] AS type, coalesce(n.id, n.code) AS key, problem
UNION ALL
MATCH (a)-[r]->(b)
WHERE type(r) IN $relationshipTypes
WITH a, r, b, [(st:Statement {fact: r.fact, valueKey: r.valueKey})-[:CITES]->(:Source) | st] AS statements
WITH a, r, b, CASE
  WHEN size(statements) = 0 THEN 'no statement citing a Source'
  WHEN any(st IN statements WHERE st.quote IS NULL OR trim(st.quote) = '') THEN 'no quote'
  WHEN any(st IN statements WHERE st.inferred AND st.note IS NULL) THEN 'inferred without a note'
END AS problem
WHERE problem IS NOT NULL
RETURN 'relationship' AS fact, type(r) AS type,
       coalesce(a.code, a.id) + ' -> ' + coalesce(b.code, b.id) AS key, problem
