// Question: How much of the country do the curated facts cover? Per province: how many of
// its regencies and cities have at least one curated fact (an agency, a position, an
// agreement, a program run, adopted or originated there, a claim about it).
//
// Parameters (defaults; in the Neo4j Browser run the :param lines first, without "//"):
// :param onlyCovered => false
//   onlyCovered: true keeps only provinces with at least one covered government.
//
// Example result (seeded graph; the first rows of 38):
//
//   code | province                   | governments | covered | percent
//   -----+----------------------------+-------------+---------+--------
//   35   | Jawa Timur                 |          38 |       1 |     2.6
//   36   | Banten                     |           8 |       1 |    12.5
//   11   | Aceh                       |          23 |       0 |       0
//   12   | Sumatera Utara             |          33 |       0 |       0
//   13   | Sumatera Barat             |          19 |       0 |       0
//   ...
//
MATCH (province:Province)
CALL (province) {
  MATCH (province)<-[:IN_PROVINCE]-(government:Regency)
  RETURN count(government) AS governments,
         count(CASE WHEN EXISTS { (government)-[:PARTY_TO|RUNS|ADOPTED]->() }
                       OR EXISTS { (government)<-[:PART_OF|HOLDS_POSITION|ORIGINATED_IN|ABOUT]-() }
                    THEN 1 END) AS covered
}
WITH province, governments, covered
WHERE NOT $onlyCovered OR covered > 0
RETURN province.code AS code, province.name AS province, governments, covered,
       round(100.0 * covered / governments, 1) AS percent
ORDER BY covered DESC, code
