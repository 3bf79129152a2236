// How a program spread: its origin, the governments running it, and the adoptions, each
// with its provenance; src/graph/diffusion.ts arranges them into a tree and a timeline.
// $id: a program id ("35.10-tourism-development-programs"). No row: there is no such program.
// Each relationship's references come through a slot (src/model/cypher.ts referencesOf).
MATCH (p:Program {id: $id})
RETURN
  p {.id, .name, .description, .kind, .since} AS program,
  COLLECT {
    MATCH (p)-[o:ORIGINATED_IN]->(r:Regency)
    WITH o, r ORDER BY r.code
    RETURN o {references: {{referencesOfO}}, government: r {.code, .name, .kind, .provinceCode}}
  } AS origins,
  COLLECT {
    MATCH (r:Regency)-[run:RUNS]->(p)
    WITH run, r ORDER BY r.code
    RETURN run {.since, references: {{referencesOfRun}}, government: r {.code, .name, .kind, .provinceCode}}
  } AS runners,
  COLLECT {
    MATCH (r:Regency)-[ad:ADOPTED]->(p)
    OPTIONAL MATCH (f:Regency {code: ad.fromCode})
    // Undated adoptions sort last (nulls come last in ascending order).
    WITH ad, r, f ORDER BY ad.date, r.code
    RETURN ad {
      .status, .date,
      references: {{referencesOfAd}},
      government: r {.code, .name, .kind, .provinceCode},
      from: f {.code, .name, .kind, .provinceCode}
    }
  } AS adoptions
