// A page of the positions each official holds (title, at which government or agency), latest
// start first (no start date last). The other end's properties come along, so its field needs no
// second round trip. $keys: official ids.
// The page slot (page): the page on sortKey, from $after or $before (a sortKey or null), $backward, $limit
// (src/common/batch.ts PAGE_SLOTS); $withTotal: count them all too.
UNWIND $keys AS key
RETURN key, {
  totalCount: CASE WHEN $withTotal THEN COUNT { (:Official {id: key})-[:HOLDS_POSITION]->() } END,
  nodes: COLLECT {
    MATCH (:Official {id: key})-[h:HOLDS_POSITION]->(at)
    // Latest first as an ascending key: the start day negated (year * 1000 + day of the year).
    WITH h, at, [coalesce(-(h.startDate.year * 1000 + h.startDate.ordinalDay), 0), h.fact] AS sortKey
    {{page}}
    RETURN h {
      .title, .localTitle, .startDate, .startPrecision, .startInferred, .endDate, .endPrecision, .endInferred,
      .attestedOn, .attestedOnText, .attestedOnInferred,
      .fact, .valueKey,
      officialId: key,
      governmentCode: CASE WHEN at:Regency THEN at.code ELSE at.governmentCode END,
      agencyId: CASE WHEN at:Agency THEN at.id ELSE null END,
      agency: CASE WHEN at:Agency THEN at {.id, .name, .shortName, .kind, .governmentCode} END,
      government: CASE WHEN at:Regency THEN at {.code, .name, .kind, .provinceCode} END,
      sortKey: sortKey
    }
  }
} AS value
