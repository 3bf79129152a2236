// Question: How many agreements cover each sector, year by year, and how many of them put
// the sector first ("diutamakan")? How many of those dates are inferred?
//
// Parameters (defaults; in the Neo4j Browser run the :param lines first, without "//"):
// :param kinds => ['MOU']
//   kinds: agreement kinds to count (the graph has 'MOU' so far).
//
// An agreement without a date counts under year null. An agreement covers several sectors,
// so it counts once in each.
//
// Example result (seeded graph):
//
//   year | sector    | name      | localName  | agreements | asPriority | withInferredDate
//   -----+-----------+-----------+------------+------------+------------+-----------------
//   2017 | education | Education | Pendidikan |          1 |          1 |                1
//   2017 | health    | Health    | Kesehatan  |          1 |          1 |                1
//   2017 | tourism   | Tourism   | Pariwisata |          1 |          1 |                1
//
MATCH (agreement:Agreement)-[c:COVERS]->(sector:Sector)
WHERE agreement.kind IN $kinds
RETURN agreement.date.year AS year, sector.id AS sector, sector.name AS name,
       sector.localName AS localName,
       count(DISTINCT agreement) AS agreements,
       count(DISTINCT CASE WHEN c.priority THEN agreement END) AS asPriority,
       count(DISTINCT CASE WHEN agreement.dateInferred THEN agreement END) AS withInferredDate
ORDER BY year, sector
