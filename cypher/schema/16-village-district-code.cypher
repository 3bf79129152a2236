// Lists the villages of a district by code (village/list filter).
CREATE INDEX village_district_code IF NOT EXISTS FOR (n:Village) ON (n.districtCode)
