// Question: Which regencies, cities, officials, agencies and programs match a name? A search
// through the full-text index `entityNames`, over each node's folded `searchText`.
//
// Parameters (defaults; in the Neo4j Browser run the :param lines first, without "//"):
// :param query => '+kabupaten +(serang OR serang*)'
// :param limit => 10
//   query: a Lucene query over folded words. searchText is lower case, without accents or
//   punctuation, and abbreviations spelt out (src/search/normalize.ts): write "kabupaten"
//   for "Kab." or "Pemkab", "kota" for "Pemkot". "+word" must match; "word*" is a prefix.
//   The API builds the same query from "Kab. Serang". limit: rows to return.
//
// Example result (seeded graph):
//
//   label    | key                       | name                           | score
//   ---------+---------------------------+--------------------------------+------
//   Regency  | 36.04                     | Kabupaten Serang               | 3.139
//   Agency   | 36.04-dinkes              | Dinas Kesehatan Kabupaten Ser… | 2.405
//   Agency   | 36.04-setda               | Sekretariat Daerah Kabupaten … | 2.405
//   Official | 36.04-setda-section-heads | Kepala bagian Setda Kabupaten… | 2.144
//   Agency   | 36.04-dindikbud           | Dinas Pendidikan dan Kebudaya… | 2.144
//   Agency   | 36.04-bappeda             | Badan Perencanaan Pembangunan… | 2.144
//   Agency   | 36.04-dpmd                | Dinas Pemberdayaan Masyarakat… | 2.046
//   Agency   | 36.04-disparpora          | Dinas Pariwisata, Pemuda dan … | 2.046
//
CALL db.index.fulltext.queryNodes('entityNames', $query) YIELD node, score
RETURN labels(node)[0] AS label, coalesce(node.code, node.id) AS key,
       coalesce(node.name, node.title) AS name, round(score, 3) AS score
ORDER BY score DESC, size(node.searchText), key
LIMIT $limit
