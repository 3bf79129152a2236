// Lists the islands of a regency by code (islands(where: ...) filters, Regency.islands).
CREATE INDEX island_regency_code IF NOT EXISTS FOR (n:Island) ON (n.regencyCode)
