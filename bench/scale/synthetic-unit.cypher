// One unit of the cost curve's synthetic curated layer (npm run bench -- --scale N writes N units
// into a scratch Neo4j, never the served graph). $unit: 0, 1, 2, ...
// A unit is about what curating one news source per regency-week would add: a source, 40
// agencies and 40 officials heading them, 10 regents or mayors, 20 agreements between two
// governments (two signatories, two sectors), 10 programs (an origin, two runners, a sector)
// and 20 adoptions, among the real 514 regencies, picked by fixed strides so every run writes
// the same graph. Every node carries `synthetic: true` and an id starting `synthetic-`; every
// relationship `synthetic: true` and the unit's source as its sourceId.
MATCH (r:Regency) WITH r ORDER BY r.code
WITH collect(r) AS regencies
MATCH (s:Sector) WITH regencies, s ORDER BY s.id
WITH regencies, collect(s) AS sectors
WITH regencies, sectors, size(regencies) AS n, $unit AS u, 'synthetic-source-' + $unit AS sourceId
CREATE (src:Source {id: sourceId, synthetic: true, title: 'Synthetic source ' + u, publisher: 'synthetic', kind: 'NEWS_ARTICLE', language: 'id'})
WITH regencies, sectors, n, u, sourceId, src
// Agencies (40) and the officials who head them (40).
CALL (regencies, n, u, sourceId, src) {
  UNWIND range(0, 39) AS i
  WITH regencies[(u * 131 + i * 37) % n] AS g, u, i, sourceId, src
  CREATE (a:Agency {id: 'synthetic-agency-' + u + '-' + i, synthetic: true, name: 'Dinas Sintetis ' + u + '-' + i + ' ' + g.name,
                    shortName: 'Dinsin ' + i, kind: ['PLANNING', 'EDUCATION_CULTURE', 'HEALTH', 'TOURISM_YOUTH_SPORTS', 'VILLAGE_EMPOWERMENT', 'SECRETARIAT', 'OTHER'][i % 7],
                    governmentCode: g.code, searchText: 'dinas sintetis ' + u + ' ' + i})
  CREATE (a)-[:PART_OF {synthetic: true, sourceId: sourceId, quote: 'synthetic', inferred: false}]->(g)
  CREATE (a)-[:SOURCED_FROM {synthetic: true, quote: 'synthetic', inferred: false}]->(src)
  CREATE (o:Official {id: 'synthetic-official-' + u + '-' + i, synthetic: true, name: 'Pejabat Sintetis ' + u + '-' + i, isGroup: false,
                      searchText: 'pejabat sintetis ' + u + ' ' + i})
  CREATE (o)-[:HOLDS_POSITION {synthetic: true, title: 'Head', localTitle: 'Kepala', attestedOn: date('2020-01-01') + duration({days: u}),
                               sourceId: sourceId, quote: 'synthetic', inferred: false}]->(a)
  CREATE (o)-[:SOURCED_FROM {synthetic: true, quote: 'synthetic', inferred: false}]->(src)
}
// Regents and mayors (10), each of a regency, signing for it.
CALL (regencies, n, u, sourceId, src) {
  UNWIND range(0, 9) AS i
  WITH regencies[(u * 53 + i * 51) % n] AS g, u, i, sourceId, src
  CREATE (o:Official {id: 'synthetic-head-' + u + '-' + i, synthetic: true, name: 'Kepala Daerah Sintetis ' + u + '-' + i, isGroup: false,
                      searchText: 'kepala daerah sintetis ' + u + ' ' + i})
  CREATE (o)-[:HOLDS_POSITION {synthetic: true, title: CASE g.kind WHEN 'CITY' THEN 'Mayor' ELSE 'Regent' END,
                               localTitle: CASE g.kind WHEN 'CITY' THEN 'Wali Kota' ELSE 'Bupati' END,
                               attestedOn: date('2020-01-01') + duration({days: u}), sourceId: sourceId, quote: 'synthetic', inferred: false}]->(g)
  CREATE (o)-[:SOURCED_FROM {synthetic: true, quote: 'synthetic', inferred: false}]->(src)
}
// Agreements (20) between two governments, on two sectors.
CALL (regencies, sectors, n, u, sourceId, src) {
  UNWIND range(0, 19) AS i
  WITH regencies[(u * 17 + i * 29) % n] AS x, regencies[(u * 17 + i * 29 + 1 + (u + i) % (n - 1)) % n] AS y, u, i, sourceId, src,
       sectors[(u + i) % size(sectors)] AS first, sectors[(u + i + 1) % size(sectors)] AS second
  CREATE (m:Agreement {id: 'synthetic-agreement-' + u + '-' + i, synthetic: true, kind: 'MOU', title: 'MoU sintetis ' + u + '-' + i,
                       date: date('2015-01-01') + duration({days: (u * 20 + i) % 3650}), dateInferred: false})
  CREATE (x)-[:PARTY_TO {synthetic: true, sourceId: sourceId, quote: 'synthetic', inferred: false}]->(m)
  CREATE (y)-[:PARTY_TO {synthetic: true, sourceId: sourceId, quote: 'synthetic', inferred: false}]->(m)
  CREATE (m)-[:COVERS {synthetic: true, priority: true, sourceId: sourceId, quote: 'synthetic', inferred: false}]->(first)
  CREATE (m)-[:COVERS {synthetic: true, priority: false, sourceId: sourceId, quote: 'synthetic', inferred: false}]->(second)
  CREATE (m)-[:SOURCED_FROM {synthetic: true, quote: 'synthetic', inferred: false}]->(src)
  WITH m, x, y, u, i, sourceId
  MATCH (o:Official {id: 'synthetic-official-' + u + '-' + (2 * i % 40)}), (p:Official {id: 'synthetic-official-' + u + '-' + ((2 * i + 1) % 40)})
  CREATE (o)-[:SIGNED_MOU {synthetic: true, onBehalfOf: x.code, sourceId: sourceId, quote: 'synthetic', inferred: false}]->(m)
  CREATE (p)-[:SIGNED_MOU {synthetic: true, onBehalfOf: y.code, sourceId: sourceId, quote: 'synthetic', inferred: false}]->(m)
}
// Programs (10): an origin, two runners, a sector; and adoptions (20) by other governments.
CALL (regencies, sectors, n, u, sourceId, src) {
  UNWIND range(0, 9) AS i
  WITH regencies[(u * 71 + i * 97) % n] AS origin, regencies[(u * 71 + i * 97 + 5) % n] AS runner, u, i, sourceId, src, regencies, n,
       sectors[(u + i) % size(sectors)] AS sector
  CREATE (g:Program {id: 'synthetic-program-' + u + '-' + i, synthetic: true, name: 'Program Sintetis ' + u + '-' + i,
                     kind: ['PROGRAM', 'POLICY', 'PRACTICE'][i % 3], since: 2010 + (u + i) % 10, searchText: 'program sintetis ' + u + ' ' + i})
  CREATE (g)-[:ORIGINATED_IN {synthetic: true, sourceId: sourceId, quote: 'synthetic', inferred: false}]->(origin)
  CREATE (origin)-[:RUNS {synthetic: true, since: g.since, sourceId: sourceId, quote: 'synthetic', inferred: false}]->(g)
  CREATE (runner)-[:RUNS {synthetic: true, sourceId: sourceId, quote: 'synthetic', inferred: false}]->(g)
  CREATE (g)-[:IN_SECTOR {synthetic: true, sourceId: sourceId, quote: 'synthetic', inferred: false}]->(sector)
  CREATE (g)-[:SOURCED_FROM {synthetic: true, quote: 'synthetic', inferred: false}]->(src)
  WITH g, origin, u, i, sourceId, regencies, n
  UNWIND [0, 1] AS j
  WITH g, origin, sourceId, regencies[(u * 71 + i * 97 + 11 + j * 13) % n] AS adopter, j, i, u
  CREATE (adopter)-[:ADOPTED {synthetic: true, status: ['PLANNED', 'IN_PROGRESS', 'DONE'][(u + i + j) % 3], fromCode: origin.code,
                              date: date('2016-01-01') + duration({days: (u * 10 + i) % 2000}), sourceId: sourceId, quote: 'synthetic', inferred: false}]->(g)
}
RETURN $unit AS unit
