// Q1: the page of one regency: its province, head, agencies, programs and agreements with their parties.
// $code: regency code ("36.04").
MATCH (r:Regency {code: $code})-[:IN_PROVINCE]->(p:Province)
RETURN r {
  .code, .name, .kind,
  province: p {.code, .name},
  head: head(COLLECT {
    MATCH (o:Official)-[h:HOLDS_POSITION]->(r)
    WHERE h.title IN ['Regent', 'Mayor']
    WITH o, h ORDER BY h.endDate IS NULL DESC, h.startDate DESC
    RETURN o {.id, .name}
  }),
  agencies: COLLECT {
    MATCH (a:Agency)-[:PART_OF]->(r)
    WITH a ORDER BY a.id
    RETURN a {.id, .name, .shortName, .kind}
  },
  programs: COLLECT {
    MATCH (r)-[run:RUNS]->(g:Program)
    WITH g, run ORDER BY g.id
    RETURN {since: run.since, program: g {.id, .name, .kind}}
  },
  agreements: COLLECT {
    MATCH (r)-[:PARTY_TO]->(m:Agreement)
    WITH m ORDER BY m.date DESC, m.id
    RETURN m {
      .id, .title, .date, .place,
      parties: COLLECT { MATCH (x:Regency)-[:PARTY_TO]->(m) WITH x ORDER BY x.code RETURN x {.code, .name} }
    }
  }
} AS regency
