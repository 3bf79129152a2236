// The cooperation network: governments as nodes, agreements as edges (one per agreement and
// pair of parties; an agreement of three parties makes three edges).
// $provinceCode: keep agreements with a party in this province ("35"); $sectorId: agreements
// covering this sector ("tourism"); $from, $to: agreements dated within these days (ISO dates,
// inclusive; an undated agreement is left out once a period is given). Null for any.
// Nodes are the parties of the kept agreements, partners in other provinces included.
// $limit: at most this many edges, the first in the order below; edgeCount counts them all, and
// nodes and their counts are those of the edges kept.
MATCH (a:Agreement)
WHERE ($sectorId IS NULL OR EXISTS { (a)-[:COVERS]->(:Sector {id: $sectorId}) })
  AND ($from IS NULL OR a.date >= date($from))
  AND ($to IS NULL OR a.date <= date($to))
MATCH (x:Regency)-[px:PARTY_TO]->(a)<-[py:PARTY_TO]-(y:Regency)
WHERE x.code < y.code
  AND ($provinceCode IS NULL OR x.provinceCode = $provinceCode OR y.provinceCode = $provinceCode)
WITH a, x, y, px, py ORDER BY a.date, a.id, x.code, y.code
// Only references until the cap: what an edge returns is read for the kept ones alone.
WITH collect([a, x, y, px, py]) AS pairs
WITH size(pairs) AS edgeCount, pairs[..$limit] AS kept
CALL (kept) {
  UNWIND kept AS pair
  WITH pair[0] AS a, pair[1] AS x, pair[2] AS y, pair[3] AS px, pair[4] AS py
  RETURN collect({
    agreement: a {.id, .kind, .title, .date, .dateText, .dateInferred, .dateInference, .place},
    sectors: COLLECT { MATCH (a)-[:COVERS]->(s:Sector) WITH s ORDER BY s.id RETURN s {.id, .name, .localName} },
    source: x.code, target: y.code,
    // Each party's PARTY_TO references (the slots: src/model/cypher.ts referencesOf).
    provenance: [{references: {{referencesOfPx}}}, {references: {{referencesOfPy}}}]
  }) AS edges
}
CALL (edges) {
  UNWIND edges AS e
  UNWIND [[e.source, e.target], [e.target, e.source]] AS pair
  WITH pair[0] AS code, count(DISTINCT e.agreement.id) AS agreementCount, count(DISTINCT pair[1]) AS partnerCount
  MATCH (r:Regency {code: code})
  WITH r, agreementCount, partnerCount ORDER BY r.code
  RETURN collect({regency: r {.code, .name, .kind, .provinceCode}, agreementCount: agreementCount, partnerCount: partnerCount}) AS nodes
}
RETURN nodes, edges, edgeCount
