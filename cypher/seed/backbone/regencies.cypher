// Backbone: regencies (Kabupaten) and cities (Kota) in their province.
// $rows: [{code, name, kind, provinceCode, searchText}].
UNWIND $rows AS row
MERGE (r:Regency {code: row.code})
SET r.name = row.name, r.kind = row.kind, r.provinceCode = row.provinceCode, r.searchText = row.searchText
WITH r, row
MATCH (p:Province {code: row.provinceCode})
MERGE (r)-[:IN_PROVINCE]->(p)
RETURN count(*) AS written
