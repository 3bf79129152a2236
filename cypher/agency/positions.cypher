// Positions held at each agency (its head and others). $keys: agency ids.
// The other end's properties come along, so its field needs no second round trip.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (o:Official)-[h:HOLDS_POSITION]->(a:Agency {id: key})
  WITH o, h, a ORDER BY o.name
  RETURN h {
    .title, .localTitle, .startDate, .startPrecision, .startInferred, .endDate, .endPrecision, .endInferred,
    .attestedOn, .attestedOnText, .attestedOnInferred,
    .fact, .valueKey,
    officialId: o.id, governmentCode: a.governmentCode, agencyId: key,
    official: o {.id, .name, .nickname, .isGroup}, agency: a {.id, .name, .shortName, .kind, .governmentCode}
  }
} AS value
