// Officials are keyed by a slug ("ratu-tatu-chasanah").
CREATE CONSTRAINT official_id IF NOT EXISTS FOR (n:Official) REQUIRE n.id IS UNIQUE
