// The fingerprint each seeded source was written with; read by isSeeded (src/seed/report.ts).
MATCH (s:Source)
RETURN s.id AS id, s.seedFingerprint AS fingerprint
