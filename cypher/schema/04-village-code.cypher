// Villages (desa / kelurahan) are keyed by their code ("36.04.01.2001").
CREATE CONSTRAINT village_code IF NOT EXISTS FOR (n:Village) REQUIRE n.code IS UNIQUE
