// Regencies and cities are keyed by their code ("36.04").
CREATE CONSTRAINT regency_code IF NOT EXISTS FOR (n:Regency) REQUIRE n.code IS UNIQUE
