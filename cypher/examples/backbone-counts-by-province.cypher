// Question: How big is each province? Its regencies (kabupaten), cities (kota), districts
// (kecamatan) and villages (desa / kelurahan), from the idn-area-data backbone.
//
// Parameters (defaults; in the Neo4j Browser run the :param lines first, without "//"):
// :param provinceCodes => []
//   provinceCodes: province codes to list, e.g. ['35', '36']; empty lists all 38.
//
// Summed over all provinces: 514 regencies and cities, 7,285 districts, 83,762 villages.
//
// Example result (seeded graph; the first rows of 38):
//
//   code | province                   | regencies | cities | districts | villages
//   -----+----------------------------+-----------+--------+-----------+---------
//   11   | Aceh                       |        18 |      5 |       290 |     6500
//   12   | Sumatera Utara             |        25 |      8 |       455 |     6110
//   13   | Sumatera Barat             |        12 |      7 |       179 |     1265
//   14   | Riau                       |        10 |      2 |       172 |     1862
//   15   | Jambi                      |         9 |      2 |       144 |     1585
//   16   | Sumatera Selatan           |        13 |      4 |       241 |     3259
//   ...
//
MATCH (province:Province)
WHERE size($provinceCodes) = 0 OR province.code IN $provinceCodes
RETURN province.code AS code, province.name AS province,
       COUNT { (province)<-[:IN_PROVINCE]-(:Regency {kind: 'REGENCY'}) } AS regencies,
       COUNT { (province)<-[:IN_PROVINCE]-(:Regency {kind: 'CITY'}) } AS cities,
       COUNT { (province)<-[:IN_PROVINCE]-(:Regency)<-[:IN_REGENCY]-(:District) } AS districts,
       COUNT { (province)<-[:IN_PROVINCE]-(:Regency)<-[:IN_REGENCY]-(:District)<-[:IN_DISTRICT]-(:Village) } AS villages
ORDER BY code
