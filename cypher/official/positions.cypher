// Positions each official holds (title, at which government or agency). $keys: official ids.
// The other end's properties come along, so its field needs no second round trip.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (:Official {id: key})-[h:HOLDS_POSITION]->(at)
  WITH h, at ORDER BY h.startDate DESC
  RETURN h {
    .title, .localTitle, .startDate, .startPrecision, .startInferred, .endDate, .endPrecision, .endInferred,
    .attestedOn, .attestedOnText, .attestedOnInferred,
    .fact, .valueKey,
    officialId: key,
    governmentCode: CASE WHEN at:Regency THEN at.code ELSE at.governmentCode END,
    agencyId: CASE WHEN at:Agency THEN at.id ELSE null END,
    agency: CASE WHEN at:Agency THEN at {.id, .name, .shortName, .kind, .governmentCode} END,
    government: CASE WHEN at:Regency THEN at {.code, .name, .kind, .provinceCode} END
  }
} AS value
