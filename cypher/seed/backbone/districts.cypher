// Backbone: districts (kecamatan) in their regency. $rows: [{code, name, regencyCode}];
// $sourceId: the backbone's Source.
UNWIND $rows AS row
MERGE (d:District {code: row.code})
SET d.name = row.name, d.regencyCode = row.regencyCode, d.sourceId = $sourceId
WITH d, row
MATCH (r:Regency {code: row.regencyCode})
MERGE (d)-[:IN_REGENCY]->(r)
RETURN count(*) AS written
