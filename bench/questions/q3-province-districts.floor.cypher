// Q3: every regency of province $code with its districts and their village counts.
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
        WITH d ORDER BY d.code
        RETURN d {.code, .name, villageCount: COUNT { (:Village)-[:IN_DISTRICT]->(d) }}
      }
    }
  }
} AS province
