// Positions held at each agency (its head and others). $keys: agency ids.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (o:Official)-[h:HOLDS_POSITION]->(a:Agency {id: key})
  WITH o, h, a ORDER BY o.name
  RETURN h {
    .title, .localTitle, .startDate, .endDate, .attestedOn, .attestedOnText, .attestedOnInferred,
    .sourceId, .quote, .inferred, .note,
    officialId: o.id, governmentCode: a.governmentCode, agencyId: key
  }
} AS value
