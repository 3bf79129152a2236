// Question: How are two officials connected? The shortest chain of curated facts between
// them (positions, agencies, governments, agreements, visits, programs, claims), each step
// with the quote that states it.
//
// Parameters (defaults; in the Neo4j Browser run the :param lines first, without "//"):
// :param fromId => 'anang-mulyana'
// :param toId => 'abdullah-azwar-anas'
//   fromId, toId: Official ids (slugs of their names; see officials-by-government.cypher).
//
// Only curated relationships count: through the Source node (SOURCED_FROM) every fact of an
// article would be two steps from every other, and through the backbone (IN_PROVINCE ...)
// any two regencies would be four. At most 10 steps (Cypher does not take a parameter
// there). All shortest paths are returned, one row per path and step.
//
// Example result (seeded graph):
//
//   pathNo | hops | step | fromNode                       | relationship     | toNode                         | inferred | quote
//   -------+------+------+--------------------------------+------------------+--------------------------------+----------+-------------------------------
//        1 |    3 |    1 | Anang Mulyana                  | -[ACCOMPANIED]-> | Ratu Tatu Chasanah             | true     | Dalam kunjungan tersebut, Tat…
//        1 |    3 |    2 | Ratu Tatu Chasanah             | -[SIGNED_MOU]->  | Memorandum of understanding (… | false    | Kerja sama dilakukan langsung…
//        1 |    3 |    3 | Memorandum of understanding (… | <-[SIGNED_MOU]-  | Abdullah Azwar Anas            | false    | Kerja sama dilakukan langsung…
//
MATCH (start:Official {id: $fromId}), (end:Official {id: $toId})
MATCH p = allShortestPaths((start)-[:HOLDS_POSITION|PART_OF|PARTY_TO|SIGNED_MOU|COVERS|RUNS|ADOPTED|ORIGINATED_IN|IN_SECTOR|ACCOMPANIED|ABOUT|STATED_BY*..10]-(end))
WITH p, length(p) AS hops, nodes(p) AS ns, relationships(p) AS rs
ORDER BY [n IN ns | coalesce(n.code, n.id)]
WITH collect({hops: hops, ns: ns, rs: rs}) AS paths
UNWIND range(0, size(paths) - 1) AS pathIndex
WITH paths[pathIndex] AS path, pathIndex + 1 AS pathNo
UNWIND range(0, path.hops - 1) AS i
WITH pathNo, path.hops AS hops, i + 1 AS step, path.ns[i] AS here, path.rs[i] AS r, path.ns[i + 1] AS there
WITH pathNo, hops, step,
       coalesce(here.name, here.title, here.id) AS fromNode,
       CASE WHEN startNode(r) = here THEN '-[' + type(r) + ']->' ELSE '<-[' + type(r) + ']-' END AS relationship,
       coalesce(there.name, there.title, there.id) AS toNode,
       // The words of the first source stating the value shown (one Statement per source: docs/model.md).
       [(st:Statement {fact: r.fact, valueKey: r.valueKey})-[:CITES]->(:Source) | st][0] AS first
RETURN pathNo, hops, step, fromNode, relationship, toNode, first.inferred AS inferred, first.quote AS quote
ORDER BY pathNo, step
