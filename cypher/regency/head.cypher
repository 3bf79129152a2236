// The head of each government: its Bupati (regent) or Wali Kota (mayor), current first.
// $keys: regency codes.
UNWIND $keys AS key
MATCH (o:Official)-[h:HOLDS_POSITION]->(:Regency {code: key})
WHERE h.title IN ['Regent', 'Mayor']
WITH key, o, h ORDER BY h.endDate IS NULL DESC, h.startDate DESC
WITH key, collect(o)[0] AS head
RETURN key, head {.id, .name, .nickname, .isGroup} AS value
