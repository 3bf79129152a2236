// Question: What does the graph know about one regency or city? Its province, size, head,
// agencies, agreements and partners, programs run and adopted, and claims made about it.
//
// Parameters (defaults; in the Neo4j Browser run the :param lines first, without "//"):
// :param code => '35.10'
//   code: a regency or city code ('35.10' Kabupaten Banyuwangi, '36.04' Kabupaten Serang).
//
// Example result (seeded graph, as JSON with --format json):
//
//   {
//     "code": "35.10",
//     "name": "Kabupaten Banyuwangi",
//     "kind": "REGENCY",
//     "province": "Jawa Timur",
//     "districts": 25,
//     "villages": 217,
//     "heads": [
//       "Bupati Abdullah Azwar Anas"
//     ],
//     "agencies": [],
//     "agreements": [
//       "mou-serang-banyuwangi-2017"
//     ],
//     "partners": [
//       "Kabupaten Serang"
//     ],
//     "runs": [
//       "35.10-festivals-without-event-organiser",
//       "35.10-independent-surveys",
//       "35.10-information-technology",
//       "35.10-scholarships-for-poor-students",
//       "35.10-tourism-development-programs"
//     ],
//     "adopts": [],
//     "claims": [
//       "COMMITMENT: Anas is ready to help Tatu create pro-people programs, and asks Pemkab Banyuwangi's apparatus to hold discussions with Pemkab Serang's apparatus.",
//       "ASSESSMENT: Pemkab Banyuwangi is recorded as the best regency government in Indonesia, from financial management to the performance of its apparatus."
//     ]
//   }
//
MATCH (government:Regency {code: $code})-[:IN_PROVINCE]->(province:Province)
RETURN government.code AS code, government.name AS name, government.kind AS kind,
       province.name AS province,
       COUNT { (government)<-[:IN_REGENCY]-(:District) } AS districts,
       COUNT { (government)<-[:IN_REGENCY]-(:District)<-[:IN_DISTRICT]-(:Village) } AS villages,
       COLLECT { MATCH (o:Official)-[h:HOLDS_POSITION]->(government) RETURN h.localTitle + ' ' + o.name } AS heads,
       COLLECT { MATCH (a:Agency)-[:PART_OF]->(government) RETURN a.shortName ORDER BY a.shortName } AS agencies,
       COLLECT { MATCH (government)-[:PARTY_TO]->(a:Agreement) RETURN a.id } AS agreements,
       COLLECT { MATCH (government)-[:PARTY_TO]->(:Agreement)<-[:PARTY_TO]-(p:Regency) WHERE p <> government
                 RETURN DISTINCT p.name } AS partners,
       COLLECT { MATCH (government)-[:RUNS]->(p:Program) RETURN p.id ORDER BY p.id } AS runs,
       COLLECT { MATCH (government)-[a:ADOPTED]->(p:Program) RETURN p.id + ' (' + a.status + ')' } AS adopts,
       COLLECT { MATCH (c:Claim)-[:ABOUT]->(government) RETURN c.kind + ': ' + c.text } AS claims
