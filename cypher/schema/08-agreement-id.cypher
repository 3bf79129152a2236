// Agreements (MoUs) are keyed by a slug ("mou-serang-banyuwangi-2017").
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE
