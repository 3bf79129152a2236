// Question: Who holds which position in a government? Its officials, at the government
// itself (Bupati, Wali Kota) or at one of its agencies (Kepala Bappeda ...), with dates.
//
// Parameters (defaults; in the Neo4j Browser run the :param lines first, without "//"):
// :param governmentCode => '36.04'
//   governmentCode: a regency or city code ('36.04' Kabupaten Serang, '35.10' Kabupaten
//   Banyuwangi; '36.73' Kota Serang is another government).
//
// Example result (seeded graph):
//
//   government       | unit             | id                        | official                       | localTitle        | title        | startDate | endDate
//   -----------------+------------------+---------------------------+--------------------------------+-------------------+--------------+-----------+--------
//   Kabupaten Serang | Kabupaten Serang | ratu-tatu-chasanah        | Ratu Tatu Chasanah             | Bupati            | Regent       | null      | null
//   Kabupaten Serang | Bappeda          | anang-mulyana             | Anang Mulyana                  | Kepala Bappeda    | Head         | null      | null
//   Kabupaten Serang | DPMD             | abdullah-dpmd-serang      | Abdullah                       | Kepala DPMD       | Head         | null      | null
//   Kabupaten Serang | Dindikbud        | asep-nugrahajaya          | Asep Nugrahajaya               | Kepala Dindikbud  | Head         | null      | null
//   Kabupaten Serang | Dinkes           | sri-nurhayati             | Sri Nurhayati                  | Kepala Dinkes     | Head         | null      | null
//   Kabupaten Serang | Disparpora       | tahyudin                  | Tahyudin                       | Kepala Disparpora | Head         | null      | null
//   Kabupaten Serang | Setda            | 36.04-setda-section-heads | Kepala bagian Setda Kabupaten… | Kepala bagian     | Section head | null      | null
//
MATCH (government:Regency {code: $governmentCode})
MATCH (official:Official)-[position:HOLDS_POSITION]->(unit)
WHERE unit = government OR (unit:Agency AND (unit)-[:PART_OF]->(government))
RETURN government.name AS government, coalesce(unit.shortName, unit.name) AS unit,
       official.id AS id, official.name AS official, position.localTitle AS localTitle,
       position.title AS title, position.startDate AS startDate, position.endDate AS endDate
ORDER BY unit = government DESC, unit, official
