// Looks a regency up by its display name ("Kabupaten Serang").
CREATE INDEX regency_name IF NOT EXISTS FOR (n:Regency) ON (n.name)
