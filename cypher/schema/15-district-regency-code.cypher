// Lists the districts of a regency by code (district/list filter).
CREATE INDEX district_regency_code IF NOT EXISTS FOR (n:District) ON (n.regencyCode)
