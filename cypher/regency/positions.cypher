// Positions held at each government or at its agencies: the officials of a regency.
// $keys: regency codes. Heads of the government (Bupati, Wali Kota) come first.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (o:Official)-[h:HOLDS_POSITION]->(at)
  WHERE (at:Regency AND at.code = key) OR (at:Agency AND at.governmentCode = key)
  WITH o, h, at ORDER BY CASE WHEN at:Regency THEN 0 ELSE 1 END, at.id, o.name
  RETURN h {
    .title, .localTitle, .startDate, .endDate, .sourceId, .quote, .inferred, .note,
    officialId: o.id, governmentCode: key,
    agencyId: CASE WHEN at:Agency THEN at.id ELSE null END
  }
} AS value
