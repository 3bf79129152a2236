// Statements (one source's words for one value of one fact) are keyed by source, fact and value.
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE
