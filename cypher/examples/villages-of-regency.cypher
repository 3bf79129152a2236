// Question: Which districts and villages make up a regency or city? Every village with its
// district, for export (try --format csv).
//
// Parameters (defaults; in the Neo4j Browser run the :param lines first, without "//"):
// :param regencyCode => '36.04'
//   regencyCode: a regency or city code; '36.04' Kabupaten Serang has 29 districts and
//   326 villages.
//
// Example result (seeded graph; the first rows of 326):
//
//   districtCode | district       | villageCode   | village
//   -------------+----------------+---------------+---------------
//   36.04.05     | Kramatwatu     | 36.04.05.2001 | Kramatwatu
//   36.04.05     | Kramatwatu     | 36.04.05.2002 | Margasana
//   36.04.05     | Kramatwatu     | 36.04.05.2003 | Pejaten
//   36.04.05     | Kramatwatu     | 36.04.05.2004 | Toyomerto
//   36.04.05     | Kramatwatu     | 36.04.05.2005 | Harjatani
//   ...
//
MATCH (regency:Regency {code: $regencyCode})<-[:IN_REGENCY]-(district:District)<-[:IN_DISTRICT]-(village:Village)
RETURN district.code AS districtCode, district.name AS district, village.code AS villageCode, village.name AS village
ORDER BY villageCode
