// How a program spread: its origin, the governments running it, and the adoptions, each
// with its provenance; src/graph/diffusion.ts arranges them into a tree and a timeline.
// $id: a program id ("35.10-tourism-development-programs"). No row: there is no such program.
MATCH (p:Program {id: $id})
RETURN
  p {.id, .name, .description, .kind, .since} AS program,
  COLLECT {
    MATCH (p)-[o:ORIGINATED_IN]->(r:Regency)
    WITH o, r ORDER BY r.code
    RETURN o {references: COLLECT { MATCH (st:Statement {fact: o.fact, valueKey: o.valueKey})-[:CITES]->(src:Source) WITH st, src ORDER BY src.publishedOn, src.id RETURN st {.quote, .inferred, .note, sourceId: src.id} }, government: r {.code, .name, .kind, .provinceCode}}
  } AS origins,
  COLLECT {
    MATCH (r:Regency)-[run:RUNS]->(p)
    WITH run, r ORDER BY r.code
    RETURN run {.since, references: COLLECT { MATCH (st:Statement {fact: run.fact, valueKey: run.valueKey})-[:CITES]->(src:Source) WITH st, src ORDER BY src.publishedOn, src.id RETURN st {.quote, .inferred, .note, sourceId: src.id} }, government: r {.code, .name, .kind, .provinceCode}}
  } AS runners,
  COLLECT {
    MATCH (r:Regency)-[ad:ADOPTED]->(p)
    OPTIONAL MATCH (f:Regency {code: ad.fromCode})
    // Undated adoptions sort last (nulls come last in ascending order).
    WITH ad, r, f ORDER BY ad.date, r.code
    RETURN ad {
      .status, .date,
      references: COLLECT { MATCH (st:Statement {fact: ad.fact, valueKey: ad.valueKey})-[:CITES]->(src:Source) WITH st, src ORDER BY src.publishedOn, src.id RETURN st {.quote, .inferred, .note, sourceId: src.id} },
      government: r {.code, .name, .kind, .provinceCode},
      from: f {.code, .name, .kind, .provinceCode}
    }
  } AS adoptions
