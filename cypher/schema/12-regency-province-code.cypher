// Lists regencies of a province without walking IN_PROVINCE (regency/list filter).
CREATE INDEX regency_province_code IF NOT EXISTS FOR (n:Regency) ON (n.provinceCode)
