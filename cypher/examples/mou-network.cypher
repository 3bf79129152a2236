// Question: Who cooperates with whom? The MoU network: regencies and cities as nodes,
// agreements as edges, with the agreement's date, sectors and signatories.
//
// Parameters (defaults; in the Neo4j Browser run the :param lines first, without "//"):
// :param from => '1945-01-01'
// :param until => '2100-12-31'
// :param sectorIds => []
//   from, until: the period, as ISO dates (an agreement without a date is kept);
//   sectorIds: keep agreements covering any of these sectors ('education', 'health',
//   'tourism'); empty keeps all.
//
// Each edge appears once, from the lower code to the higher. For a graph view in the Browser,
// return the nodes instead: MATCH p = (:Regency)-[:PARTY_TO]->(:Agreement)<-[:PARTY_TO]-(:Regency) RETURN p
//
// Example result (seeded graph, as JSON with --format json):
//
//   {
//     "fromCode": "35.10",
//     "fromName": "Kabupaten Banyuwangi",
//     "fromProvince": "Jawa Timur",
//     "toCode": "36.04",
//     "toName": "Kabupaten Serang",
//     "toProvince": "Banten",
//     "agreement": "mou-serang-banyuwangi-2017",
//     "kind": "MOU",
//     "date": "2017-03-22",
//     "dateInferred": true,
//     "sectors": [
//       "education",
//       "health",
//       "tourism"
//     ],
//     "signatories": [
//       "Abdullah Azwar Anas",
//       "Ratu Tatu Chasanah"
//     ]
//   }
//
MATCH (a:Regency)-[:PARTY_TO]->(agreement:Agreement)<-[:PARTY_TO]-(b:Regency)
WHERE a.code < b.code
  AND (agreement.date IS NULL OR date($from) <= agreement.date <= date($until))
  AND (size($sectorIds) = 0 OR EXISTS { (agreement)-[:COVERS]->(s:Sector) WHERE s.id IN $sectorIds })
MATCH (a)-[:IN_PROVINCE]->(pa:Province), (b)-[:IN_PROVINCE]->(pb:Province)
RETURN a.code AS fromCode, a.name AS fromName, pa.name AS fromProvince,
       b.code AS toCode, b.name AS toName, pb.name AS toProvince,
       agreement.id AS agreement, agreement.kind AS kind, agreement.date AS date,
       agreement.dateInferred AS dateInferred,
       COLLECT { MATCH (agreement)-[:COVERS]->(s:Sector) RETURN s.id ORDER BY s.id } AS sectors,
       COLLECT { MATCH (o:Official)-[:SIGNED_MOU]->(agreement) RETURN o.name ORDER BY o.name } AS signatories
ORDER BY date, fromCode, toCode
