// Question: Which governments are most central in the cooperation network? Degree
// centrality: the number of distinct partner governments, with the agreements behind it,
// and the number of programs they originated that others run or adopt (learning ties).
//
// Parameters (defaults; in the Neo4j Browser run the :param lines first, without "//"):
// :param limit => 20
//   limit: how many governments to list, most central first.
//
// Example result (seeded graph):
//
//   code  | name                 | province   | partners | agreements | programsSpread
//   ------+----------------------+------------+----------+------------+---------------
//   35.10 | Kabupaten Banyuwangi | Jawa Timur |        1 |          1 |              2
//   36.04 | Kabupaten Serang     | Banten     |        1 |          1 |              0
//
MATCH (government:Regency)-[:PARTY_TO]->(:Agreement)
WITH DISTINCT government
MATCH (government)-[:IN_PROVINCE]->(province:Province)
RETURN government.code AS code, government.name AS name, province.name AS province,
       COUNT { MATCH (government)-[:PARTY_TO]->(:Agreement)<-[:PARTY_TO]-(partner:Regency)
               WHERE partner <> government RETURN DISTINCT partner } AS partners,
       COUNT { (government)-[:PARTY_TO]->(:Agreement) } AS agreements,
       COUNT { MATCH (program:Program)-[:ORIGINATED_IN]->(government),
                     (learner:Regency)-[:RUNS|ADOPTED]->(program)
               WHERE learner <> government RETURN DISTINCT learner, program } AS programsSpread
ORDER BY partners DESC, agreements DESC, code
LIMIT $limit
