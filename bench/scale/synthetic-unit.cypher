// One unit of the cost curve's synthetic curated layer (npm run bench -- --scale N writes N units
// into a scratch Neo4j, never the served graph).
// A unit is about what curating one news source per regency-week would add: a source, 40
// agencies and 40 officials heading them, 10 regents or mayors, 20 agreements between two
// governments (two signatories, two sectors), 10 programs (an origin, two runners, a sector)
// and 20 adoptions, among the real 514 regencies, picked by fixed strides so every run writes
// the same graph. Every node carries `synthetic: true` and an id starting `synthetic-`; every
// relationship `synthetic: true`.
// Facts are written as the seed writes them (docs/model.md, "Statements"; src/seed/statements.ts):
// each curated relationship carries its `fact` key and `valueKey`, and one (:Statement) per
// relationship holds the unit's reference (quote 'synthetic'), CITES the unit's Source and links
// to the fact's two ends. Every synthetic fact has one value, so its valueKey is 'synthetic'
// (the seed's is a hash of the values; only equality matters). Each node's own properties are
// statements too (src/seed/property-statements.ts): one per property with its qualifiers,
// $properties giving the model's groups per label ({Agency: [{property, fields}], ...}).
// $unit: 0, 1, 2, ...
MATCH (r:Regency) WITH r ORDER BY r.code
WITH collect(r) AS regencies
MATCH (s:Sector) WITH regencies, s ORDER BY s.id
WITH regencies, collect(s) AS sectors
WITH regencies, sectors, size(regencies) AS n, $unit AS u, 'synthetic-source-' + $unit AS sourceId
CREATE (src:Source {id: sourceId, synthetic: true, title: 'Synthetic source ' + u, publisher: 'synthetic', kind: 'NEWS_ARTICLE', language: 'id'})
WITH regencies, sectors, n, u, sourceId, src
// Agencies (40) and the officials who head them (40).
CALL (regencies, n, u, src) {
  UNWIND range(0, 39) AS i
  WITH regencies[(u * 131 + i * 37) % n] AS g, u, i, src
  CREATE (a:Agency {id: 'synthetic-agency-' + u + '-' + i, synthetic: true, name: 'Dinas Sintetis ' + u + '-' + i + ' ' + g.name,
                    shortName: 'Dinsin ' + i, kind: ['PLANNING', 'EDUCATION_CULTURE', 'HEALTH', 'TOURISM_YOUTH_SPORTS', 'VILLAGE_EMPOWERMENT', 'SECRETARIAT', 'OTHER'][i % 7],
                    governmentCode: g.code, searchText: 'dinas sintetis ' + u + ' ' + i})
  CREATE (a)-[partOf:PART_OF {synthetic: true, fact: 'PART_OF|Agency:' + a.id + '|Regency:' + g.code, valueKey: 'synthetic'}]->(g)
  CREATE (a)-[:SOURCED_FROM {synthetic: true, quote: 'synthetic', inferred: false}]->(src)
  CREATE (o:Official {id: 'synthetic-official-' + u + '-' + i, synthetic: true, name: 'Pejabat Sintetis ' + u + '-' + i, isGroup: false,
                      searchText: 'pejabat sintetis ' + u + ' ' + i})
  CREATE (o)-[heads:HOLDS_POSITION {synthetic: true, title: 'Head', localTitle: 'Kepala', attestedOn: date('2020-01-01') + duration({days: u}),
                                    fact: 'HOLDS_POSITION|Official:' + o.id + '|Agency:' + a.id + '|Head', valueKey: 'synthetic'}]->(a)
  CREATE (o)-[:SOURCED_FROM {synthetic: true, quote: 'synthetic', inferred: false}]->(src)
  RETURN collect(partOf) + collect(heads) AS agencyFacts, collect(a) + collect(o) AS agencyNodes
}
// Regents and mayors (10), each of a regency, signing for it.
CALL (regencies, n, u, src) {
  UNWIND range(0, 9) AS i
  WITH regencies[(u * 53 + i * 51) % n] AS g, u, i, src
  WITH g, u, i, src, CASE g.kind WHEN 'CITY' THEN 'Mayor' ELSE 'Regent' END AS title
  CREATE (o:Official {id: 'synthetic-head-' + u + '-' + i, synthetic: true, name: 'Kepala Daerah Sintetis ' + u + '-' + i, isGroup: false,
                      searchText: 'kepala daerah sintetis ' + u + ' ' + i})
  CREATE (o)-[heads:HOLDS_POSITION {synthetic: true, title: title, localTitle: CASE g.kind WHEN 'CITY' THEN 'Wali Kota' ELSE 'Bupati' END,
                                    attestedOn: date('2020-01-01') + duration({days: u}),
                                    fact: 'HOLDS_POSITION|Official:' + o.id + '|Regency:' + g.code + '|' + title, valueKey: 'synthetic'}]->(g)
  CREATE (o)-[:SOURCED_FROM {synthetic: true, quote: 'synthetic', inferred: false}]->(src)
  RETURN collect(heads) AS headFacts, collect(o) AS headNodes
}
// Agreements (20) between two governments, on two sectors.
CALL (regencies, sectors, n, u, src) {
  UNWIND range(0, 19) AS i
  WITH regencies[(u * 17 + i * 29) % n] AS x, regencies[(u * 17 + i * 29 + 1 + (u + i) % (n - 1)) % n] AS y, u, i, src,
       sectors[(u + i) % size(sectors)] AS first, sectors[(u + i + 1) % size(sectors)] AS second
  CREATE (m:Agreement {id: 'synthetic-agreement-' + u + '-' + i, synthetic: true, kind: 'MOU', title: 'MoU sintetis ' + u + '-' + i,
                       date: date('2015-01-01') + duration({days: (u * 20 + i) % 3650}), dateInferred: false})
  CREATE (x)-[px:PARTY_TO {synthetic: true, fact: 'PARTY_TO|Regency:' + x.code + '|Agreement:' + m.id, valueKey: 'synthetic'}]->(m)
  CREATE (y)-[py:PARTY_TO {synthetic: true, fact: 'PARTY_TO|Regency:' + y.code + '|Agreement:' + m.id, valueKey: 'synthetic'}]->(m)
  CREATE (m)-[c1:COVERS {synthetic: true, priority: true, fact: 'COVERS|Agreement:' + m.id + '|Sector:' + first.id, valueKey: 'synthetic'}]->(first)
  CREATE (m)-[c2:COVERS {synthetic: true, priority: false, fact: 'COVERS|Agreement:' + m.id + '|Sector:' + second.id, valueKey: 'synthetic'}]->(second)
  CREATE (m)-[:SOURCED_FROM {synthetic: true, quote: 'synthetic', inferred: false}]->(src)
  WITH m, x, y, u, i, [px, py, c1, c2] AS facts
  MATCH (o:Official {id: 'synthetic-official-' + u + '-' + (2 * i % 40)}), (p:Official {id: 'synthetic-official-' + u + '-' + ((2 * i + 1) % 40)})
  CREATE (o)-[so:SIGNED_MOU {synthetic: true, onBehalfOf: x.code, fact: 'SIGNED_MOU|Official:' + o.id + '|Agreement:' + m.id, valueKey: 'synthetic'}]->(m)
  CREATE (p)-[sp:SIGNED_MOU {synthetic: true, onBehalfOf: y.code, fact: 'SIGNED_MOU|Official:' + p.id + '|Agreement:' + m.id, valueKey: 'synthetic'}]->(m)
  WITH m, facts + [so, sp] AS facts
  UNWIND facts AS fact
  RETURN collect(fact) AS agreementFacts, collect(DISTINCT m) AS agreementNodes
}
// Programs (10): an origin, two runners, a sector; and adoptions (20) by other governments.
CALL (regencies, sectors, n, u, src) {
  UNWIND range(0, 9) AS i
  WITH regencies[(u * 71 + i * 97) % n] AS origin, regencies[(u * 71 + i * 97 + 5) % n] AS runner, u, i, src, regencies, n,
       sectors[(u + i) % size(sectors)] AS sector
  CREATE (g:Program {id: 'synthetic-program-' + u + '-' + i, synthetic: true, name: 'Program Sintetis ' + u + '-' + i,
                     kind: ['PROGRAM', 'POLICY', 'PRACTICE'][i % 3], since: 2010 + (u + i) % 10, searchText: 'program sintetis ' + u + ' ' + i})
  CREATE (g)-[o1:ORIGINATED_IN {synthetic: true, fact: 'ORIGINATED_IN|Program:' + g.id + '|Regency:' + origin.code, valueKey: 'synthetic'}]->(origin)
  CREATE (origin)-[r1:RUNS {synthetic: true, since: g.since, fact: 'RUNS|Regency:' + origin.code + '|Program:' + g.id, valueKey: 'synthetic'}]->(g)
  CREATE (runner)-[r2:RUNS {synthetic: true, fact: 'RUNS|Regency:' + runner.code + '|Program:' + g.id, valueKey: 'synthetic'}]->(g)
  CREATE (g)-[s1:IN_SECTOR {synthetic: true, fact: 'IN_SECTOR|Program:' + g.id + '|Sector:' + sector.id, valueKey: 'synthetic'}]->(sector)
  CREATE (g)-[:SOURCED_FROM {synthetic: true, quote: 'synthetic', inferred: false}]->(src)
  WITH g, origin, u, i, regencies, n, [o1, r1, r2, s1] AS facts
  CALL (g, origin, u, i, regencies, n) {
    UNWIND [0, 1] AS j
    WITH g, origin, regencies[(u * 71 + i * 97 + 11 + j * 13) % n] AS adopter, j, i, u
    CREATE (adopter)-[ad:ADOPTED {synthetic: true, status: ['PLANNED', 'IN_PROGRESS', 'DONE'][(u + i + j) % 3], fromCode: origin.code,
                                  date: date('2016-01-01') + duration({days: (u * 10 + i) % 2000}),
                                  fact: 'ADOPTED|Regency:' + adopter.code + '|Program:' + g.id, valueKey: 'synthetic'}]->(g)
    RETURN collect(ad) AS adoptions
  }
  UNWIND facts + adoptions AS fact
  RETURN collect(fact) AS programFacts, collect(DISTINCT g) AS programNodes
}
// One statement per fact: the fact's values as the source states them (dates as ISO text, as a
// source file gives them), the reference, and its links.
CALL (agencyFacts, headFacts, agreementFacts, programFacts, sourceId, src) {
  UNWIND agencyFacts + headFacts + agreementFacts + programFacts AS r
  WITH r, sourceId, src, startNode(r) AS a, endNode(r) AS b, toString(r.attestedOn) AS attested
  CREATE (st:Statement)
  SET st = properties(r), st.id = sourceId + '|' + r.fact + '|' + r.valueKey, st.type = type(r), st.rank = 'NORMAL',
      st.quote = 'synthetic', st.inferred = false, st.valueNames = COLLECT { UNWIND keys(r) AS k WITH k WHERE NOT k IN ['fact', 'valueKey', 'synthetic'] RETURN k ORDER BY k },
      st.date = toString(r.date), st.attestedOn = attested, st.heldFrom = attested, st.heldUntil = attested
  CREATE (st)-[:CITES {synthetic: true}]->(src)
  CREATE (st)-[:SUBJECT {synthetic: true}]->(a)
  CREATE (st)-[:OBJECT {synthetic: true}]->(b)
  WITH st
  RETURN count(st) AS statements
}
// One statement per property a node states, with its qualifiers; every curated label keys by id.
CALL (agencyNodes, headNodes, agreementNodes, programNodes, sourceId, src) {
  UNWIND agencyNodes + headNodes + agreementNodes + programNodes AS n
  WITH n, sourceId, src, labels(n)[0] AS label
  UNWIND $properties[label] AS g
  WITH n, sourceId, src, label, g WHERE n[g.property] IS NOT NULL
  WITH n, sourceId, src, g, 'PROPERTY|' + label + ':' + n.id + '|' + g.property AS fact
  CREATE (st:Statement {synthetic: true, id: sourceId + '|' + fact + '|synthetic', fact: fact, type: 'PROPERTY', valueKey: 'synthetic',
                        rank: 'NORMAL', quote: 'synthetic', inferred: false, valueNames: g.fields})
  CREATE (st)-[:CITES {synthetic: true}]->(src)
  CREATE (st)-[:SUBJECT {synthetic: true}]->(n)
  WITH st, n, g
  UNWIND g.fields AS field
  SET st[field] = CASE WHEN n[field] IS :: DATE THEN toString(n[field]) ELSE n[field] END
  RETURN count(DISTINCT st) AS propertyStatements
}
RETURN $unit AS unit, statements, propertyStatements
