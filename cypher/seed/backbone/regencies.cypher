// Backbone: regencies (Kabupaten) and cities (Kota) in their province.
// $rows: [{code, name, kind, provinceCode, searchText}]; $sourceId: the backbone's Source.
UNWIND $rows AS row
MERGE (r:Regency {code: row.code})
SET r.name = row.name, r.kind = row.kind, r.provinceCode = row.provinceCode, r.searchText = row.searchText,
    r.sourceId = $sourceId
WITH r, row
MATCH (p:Province {code: row.provinceCode})
MERGE (r)-[:IN_PROVINCE]->(p)
RETURN count(*) AS written
