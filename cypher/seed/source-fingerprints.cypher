// The fingerprint each seeded source was written with; read by isSeeded (src/seed/report.ts).
// Sources ingested into the graph (they keep their `document`) are not the seed's files.
MATCH (s:Source) WHERE s.document IS NULL
RETURN s.id AS id, s.seedFingerprint AS fingerprint
