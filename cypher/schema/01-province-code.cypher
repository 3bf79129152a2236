// Provinces are keyed by their Kemendagri code ("36").
CREATE CONSTRAINT province_code IF NOT EXISTS FOR (n:Province) REQUIRE n.code IS UNIQUE
