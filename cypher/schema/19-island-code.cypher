// Islands are keyed by their code ("11.01.40001"; "12.00.40004" for an island of no regency).
CREATE CONSTRAINT island_code IF NOT EXISTS FOR (n:Island) REQUIRE n.code IS UNIQUE
