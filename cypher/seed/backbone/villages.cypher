// Backbone: villages (desa / kelurahan) in their district. $rows: [{code, name, kind, districtCode}]
// (kind: DESA, KELURAHAN or null); $sourceId: the backbone's Source.
UNWIND $rows AS row
MERGE (v:Village {code: row.code})
SET v.name = row.name, v.kind = row.kind, v.districtCode = row.districtCode, v.sourceId = $sourceId
WITH v, row
MATCH (d:District {code: row.districtCode})
MERGE (v)-[:IN_DISTRICT]->(d)
RETURN count(*) AS written
