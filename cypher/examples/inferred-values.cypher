// Question: What does the graph infer rather than read? Every value marked inferred, with
// the note that explains it: a curated relationship with `inferred`, a node whose
// SOURCED_FROM has `inferred`, and any property `x` flagged by `xInferred` (an agreement's
// or a visit's `dateInferred`, a source's `publishedOnInferred`, ...).
//
// Parameters (defaults; in the Neo4j Browser run the :param lines first, without "//"):
// :param sourceId => ''
//   sourceId: only inferences drawn from this Source ('' for all sources).
//
// Example result (seeded graph; the first 8 rows):
//
//   fact         | type           | key                            | value                 | note                           | sourceId
//   -------------+----------------+--------------------------------+-----------------------+--------------------------------+-------------------------------
//   node         | Agency         | 36.04-bappeda                  | the node              | The article uses only the abb… | bantenheadline-2017-03-mou-se…
//   node         | Agency         | 36.04-dindikbud                | the node              | The article uses only the abb… | bantenheadline-2017-03-mou-se…
//   node         | Agency         | 36.04-dinkes                   | the node              | The article uses only the abb… | bantenheadline-2017-03-mou-se…
//   node         | Agency         | 36.04-disparpora               | the node              | The article uses only the abb… | bantenheadline-2017-03-mou-se…
//   node         | Agency         | 36.04-dpmd                     | the node              | The article uses only the abb… | bantenheadline-2017-03-mou-se…
//   node         | Agency         | 36.04-setda                    | the node              | The article says 'Sekretariat… | bantenheadline-2017-03-mou-se…
//   node         | Agreement      | mou-serang-banyuwangi-2017     | date 2017-03-22       | The article gives the day and… | bantenheadline-2017-03-mou-se…
//   node         | Agreement      | mou-serang-banyuwangi-2017     | the node              | Only the year of the date is … | bantenheadline-2017-03-mou-se…
//   ...
//
CALL () {
  MATCH (n)-[s:SOURCED_FROM]->(source:Source)
  WHERE s.inferred
  RETURN 'node' AS fact, labels(n)[0] AS type, n.id AS key, 'the node' AS value, source.id AS sourceId, s.note AS note
  UNION ALL
  MATCH (source:Source)<-[:CITES]-(st:Statement)-[:SUBJECT]->(a), (st)-[:OBJECT]->(b)
  WHERE st.inferred
  RETURN 'relationship' AS fact, st.type AS type, coalesce(a.code, a.id) + ' -> ' + coalesce(b.code, b.id) AS key,
         'the relationship' AS value, source.id AS sourceId, st.note AS note
  UNION ALL
  // A property x flagged by xInferred; its note is xInference where the model has one.
  MATCH (n)
  WHERE (n:Agreement OR n:Source OR n:Program OR n:Official OR n:Agency OR n:Claim)
  UNWIND [k IN keys(n) WHERE k ENDS WITH 'Inferred' AND n[k] = true] AS flag
  WITH n, substring(flag, 0, size(flag) - size('Inferred')) AS property
  OPTIONAL MATCH (n)-[s:SOURCED_FROM]->(source:Source)
  RETURN 'node' AS fact, labels(n)[0] AS type, n.id AS key, property + ' ' + coalesce(toString(n[property]), 'null') AS value,
         coalesce(source.id, CASE WHEN n:Source THEN n.id END) AS sourceId, coalesce(n[property + 'Inference'], n.note) AS note
  UNION ALL
  MATCH (source:Source)<-[:CITES]-(st:Statement)-[:SUBJECT]->(a), (st)-[:OBJECT]->(b)
  UNWIND [k IN keys(st) WHERE k ENDS WITH 'Inferred' AND st[k] = true] AS flag
  WITH source, st, a, b, substring(flag, 0, size(flag) - size('Inferred')) AS property
  RETURN 'relationship' AS fact, st.type AS type, coalesce(a.code, a.id) + ' -> ' + coalesce(b.code, b.id) AS key,
         property + ' ' + coalesce(toString(st[property]), 'null') AS value, source.id AS sourceId, st.note AS note
}
WITH fact, type, key, value, sourceId, note
WHERE $sourceId = '' OR sourceId = $sourceId
RETURN fact, type, key, value, note, sourceId
ORDER BY fact, type, key, value
