// Backbone: provinces from idn-area-data. $rows: [{code, name}]; $sourceId: the backbone's Source.
// Every seed write returns the rows it wrote, so the loader notices a row lost to a failed MATCH.
UNWIND $rows AS row
MERGE (p:Province {code: row.code})
SET p.name = row.name, p.sourceId = $sourceId
RETURN count(*) AS written
