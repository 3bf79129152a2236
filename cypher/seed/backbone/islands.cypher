// Backbone: islands, in their regency, or in their province when they are in none.
// $rows: [{code, name, latitude, longitude, populated, outermostSmall, regencyCode (or null), provinceCode}];
// $sourceId: the backbone's Source. The coordinate is a WGS-84 point (served by the
// island_coordinate point index).
UNWIND $rows AS row
MERGE (i:Island {code: row.code})
SET i.name = row.name, i.coordinate = point({latitude: row.latitude, longitude: row.longitude}),
    i.populated = row.populated, i.outermostSmall = row.outermostSmall,
    i.regencyCode = row.regencyCode, i.provinceCode = row.provinceCode, i.sourceId = $sourceId
WITH i, row
CALL (i, row) {
  WITH i, row WHERE row.regencyCode IS NOT NULL
  MATCH (r:Regency {code: row.regencyCode})
  MERGE (i)-[:IN_REGENCY]->(r)
  RETURN 1 AS linked
  UNION ALL
  WITH i, row WHERE row.regencyCode IS NULL
  MATCH (p:Province {code: row.provinceCode})
  MERGE (i)-[:IN_PROVINCE]->(p)
  RETURN 1 AS linked
}
RETURN count(*) AS written
