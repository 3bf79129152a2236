// Lists the agencies of a government (agency/list, official/list filters).
CREATE INDEX agency_government_code IF NOT EXISTS FOR (n:Agency) ON (n.governmentCode)
