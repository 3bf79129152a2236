// Filters regencies (Kabupaten) from cities (Kota).
CREATE INDEX regency_kind IF NOT EXISTS FOR (n:Regency) ON (n.kind)
