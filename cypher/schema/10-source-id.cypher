// Source documents are keyed by a slug; curated relationships cite it as sourceId.
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE
