// Districts (kecamatan) are keyed by their code ("36.04.01").
CREATE CONSTRAINT district_code IF NOT EXISTS FOR (n:District) REQUIRE n.code IS UNIQUE
