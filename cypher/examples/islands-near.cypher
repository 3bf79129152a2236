// Question: Which islands lie within a distance of a point, nearest first? Through the point
// index island_coordinate (EXPLAIN shows a NodeIndexSeekByRange on it, not a label scan).
//
// Parameters (defaults; in the Neo4j Browser run the :param lines first, without "//"):
// :param latitude => -5.931102777777778
// :param longitude => 106.15321666666667
// :param km => 10
//   latitude, longitude: decimal degrees (south and west negative); the defaults are Pulau
//   Panjang in the Bay of Banten (36.04.40016, 05°55'51.97" S 106°09'11.58" E).
//   km: the radius in kilometres.
//
// Example result (seeded graph; the first rows of 12):
//
//   code        | island              | km   | populated | outermostSmall | regencyCode | provinceCode
//   ------------+---------------------+------+-----------+----------------+-------------+-------------
//   36.04.40016 | Pulau Panjang       | 0    | true      | false          | 36.04       | 36
//   36.04.40018 | Pulau Semut         | 2.03 | false     | false          | 36.04       | 36
//   36.04.40019 | Pulau Tarahan       | 4.63 | false     | false          | 36.04       | 36
//   36.04.40001 | Pulau Kubur         | 5.64 | false     | false          | 36.04       | 36
//   ...
//
WITH point({latitude: $latitude, longitude: $longitude}) AS centre
MATCH (island:Island)
WHERE point.distance(island.coordinate, centre) <= $km * 1000
WITH island, point.distance(island.coordinate, centre) AS metres
RETURN island.code AS code, island.name AS island, round(metres / 1000.0, 2) AS km,
       island.populated AS populated, island.outermostSmall AS outermostSmall,
       island.regencyCode AS regencyCode, island.provinceCode AS provinceCode
ORDER BY km, code
