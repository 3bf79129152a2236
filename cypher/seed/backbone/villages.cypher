// Backbone: villages (desa / kelurahan) in their district. $rows: [{code, name, districtCode}].
UNWIND $rows AS row
MERGE (v:Village {code: row.code})
SET v.name = row.name, v.districtCode = row.districtCode
WITH v, row
MATCH (d:District {code: row.districtCode})
MERGE (v)-[:IN_DISTRICT]->(d)
RETURN count(*) AS written
