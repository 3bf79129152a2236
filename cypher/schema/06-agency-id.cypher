// Agencies are keyed by government code and short name ("36.04-bappeda").
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE
