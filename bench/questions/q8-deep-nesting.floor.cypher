// Q8: deep nesting, paged: a province's regencies (code order), the first $first districts of
// each, the first $first villages of each. $code: province code ("36"); $first.
MATCH (p:Province {code: $code})
RETURN p {
  .code, .name,
  regencies: COLLECT {
    MATCH (r:Regency)-[:IN_PROVINCE]->(p)
    WITH r ORDER BY r.code
    RETURN r {
      .code, .name,
      districts: COLLECT {
        MATCH (d:District)-[:IN_REGENCY]->(r)
        WITH d ORDER BY d.code LIMIT $first
        RETURN d {.code, .name, villages: COLLECT { MATCH (v:Village)-[:IN_DISTRICT]->(d) WITH v ORDER BY v.code LIMIT $first RETURN v {.code, .name} }}
      }
    }
  }
} AS province
