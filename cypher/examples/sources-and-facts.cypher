// Question: What does each source contribute? Per source: the curated nodes that cite it, the
// values it gives their own properties (statements of type PROPERTY, by label) and the
// relationships it states, by type, and how many are inferred.
//
// Parameters (defaults; in the Neo4j Browser run the :param lines first, without "//"):
// :param sourceId => ''
//   sourceId: one Source id ('' for every source).
//
// Example result (seeded graph):
//
//   source                         | fact         | type           | facts | inferred
//   -------------------------------+--------------+----------------+-------+---------
//   bantenheadline-2017-03-mou-se… | node         | Agency         |     6 |        6
//   bantenheadline-2017-03-mou-se… | node         | Agreement      |     1 |        1
//   bantenheadline-2017-03-mou-se… | node         | Claim          |     2 |        0
//   bantenheadline-2017-03-mou-se… | node         | Official       |     8 |        0
//   bantenheadline-2017-03-mou-se… | node         | Program        |     6 |        2
//   bantenheadline-2017-03-mou-se… | node         | Sector         |     3 |        0
//   bantenheadline-2017-03-mou-se… | property     | Agency         |    24 |       24
//   bantenheadline-2017-03-mou-se… | property     | Agreement      |     4 |        4
//   bantenheadline-2017-03-mou-se… | property     | Claim          |     4 |        0
//   bantenheadline-2017-03-mou-se… | property     | Official       |    18 |        0
//   bantenheadline-2017-03-mou-se… | property     | Program        |    19 |        6
//   bantenheadline-2017-03-mou-se… | property     | Sector         |     6 |        0
//   bantenheadline-2017-03-mou-se… | relationship | ABOUT          |     3 |        0
//   bantenheadline-2017-03-mou-se… | relationship | ACCOMPANIED    |     6 |        6
//   bantenheadline-2017-03-mou-se… | relationship | ADOPTED        |     1 |        1
//   bantenheadline-2017-03-mou-se… | relationship | COVERS         |     3 |        0
//   bantenheadline-2017-03-mou-se… | relationship | HOLDS_POSITION |     8 |        8
//   bantenheadline-2017-03-mou-se… | relationship | IN_SECTOR      |     2 |        0
//   bantenheadline-2017-03-mou-se… | relationship | ORIGINATED_IN  |     3 |        2
//   bantenheadline-2017-03-mou-se… | relationship | PARTY_TO       |     2 |        0
//   bantenheadline-2017-03-mou-se… | relationship | PART_OF        |     6 |        6
//   bantenheadline-2017-03-mou-se… | relationship | RUNS           |     7 |        2
//   bantenheadline-2017-03-mou-se… | relationship | SIGNED_MOU     |     2 |        0
//   bantenheadline-2017-03-mou-se… | relationship | STATED_BY      |     1 |        0
//
MATCH (source:Source)
WHERE $sourceId = '' OR source.id = $sourceId
CALL (source) {
  MATCH (n)-[s:SOURCED_FROM]->(source)
  RETURN 'node' AS fact, labels(n)[0] AS type, count(*) AS facts, count(CASE WHEN s.inferred THEN 1 END) AS inferred
  UNION ALL
  MATCH (st:Statement)-[:CITES]->(source)
  RETURN CASE st.type WHEN 'PROPERTY' THEN 'property' ELSE 'relationship' END AS fact,
         CASE st.type WHEN 'PROPERTY' THEN split(split(st.fact, '|')[1], ':')[0] ELSE st.type END AS type, count(*) AS facts, count(CASE WHEN st.inferred THEN 1 END) AS inferred
}
RETURN source.id AS source, fact, type, facts, inferred
ORDER BY source, fact, type
