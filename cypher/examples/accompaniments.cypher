// Question: Who accompanied whom, when, where and why? Each companion with their position,
// the official they accompanied, and whether the date is inferred.
//
// Parameters (defaults; in the Neo4j Browser run the :param lines first, without "//"):
// :param officialId => 'ratu-tatu-chasanah'
//   officialId: the official accompanied (an Official id); '' lists every accompaniment.
//
// Example result (seeded graph):
//
//   accompanied        | companion                      | isGroup | positions                      | date       | dateText      | dateInferred | place                | purpose
//   -------------------+--------------------------------+---------+--------------------------------+------------+---------------+--------------+----------------------+-------------------------------
//   Ratu Tatu Chasanah | Abdullah                       | false   | ["Kepala DPMD (DPMD)"]         | 2017-03-21 | Selasa (21/3) | true         | Kabupaten Banyuwangi | Studi tiru: a visit to Pemkab…
//   Ratu Tatu Chasanah | Anang Mulyana                  | false   | ["Kepala Bappeda (Bappeda)"]   | 2017-03-21 | Selasa (21/3) | true         | Kabupaten Banyuwangi | Studi tiru: a visit to Pemkab…
//   Ratu Tatu Chasanah | Asep Nugrahajaya               | false   | ["Kepala Dindikbud (Dindikbud… | 2017-03-21 | Selasa (21/3) | true         | Kabupaten Banyuwangi | Studi tiru: a visit to Pemkab…
//   Ratu Tatu Chasanah | Sri Nurhayati                  | false   | ["Kepala Dinkes (Dinkes)"]     | 2017-03-21 | Selasa (21/3) | true         | Kabupaten Banyuwangi | Studi tiru: a visit to Pemkab…
//   Ratu Tatu Chasanah | Tahyudin                       | false   | ["Kepala Disparpora (Disparpo… | 2017-03-21 | Selasa (21/3) | true         | Kabupaten Banyuwangi | Studi tiru: a visit to Pemkab…
//   Ratu Tatu Chasanah | Kepala bagian Setda Kabupaten… | true    | ["Kepala bagian (Setda)"]      | 2017-03-21 | Selasa (21/3) | true         | Kabupaten Banyuwangi | Studi tiru: a visit to Pemkab…
//
MATCH (companion:Official)-[visit:ACCOMPANIED]->(official:Official)
WHERE $officialId = '' OR official.id = $officialId
OPTIONAL MATCH (companion)-[position:HOLDS_POSITION]->(unit)
RETURN official.name AS accompanied, companion.name AS companion, companion.isGroup AS isGroup,
       collect(position.localTitle + ' (' + coalesce(unit.shortName, unit.name) + ')') AS positions,
       visit.date AS date, visit.dateText AS dateText, visit.dateInferred AS dateInferred,
       visit.place AS place, visit.purpose AS purpose
ORDER BY accompanied, isGroup, companion
