// Q10: an agreement with every reference: the sources citing it (SOURCED_FROM, with quotes) and
// the references of each party, signatory and sector: the statements of the relationship's fact
// and value with the sources they cite, oldest source first (docs/model.md, "Statements").
// $id: agreement id.
MATCH (a:Agreement {id: $id})
RETURN a {
  .id, .title, .date,
  sources: COLLECT { MATCH (a)-[p:SOURCED_FROM]->(s:Source) RETURN {quote: p.quote, source: s {.id, .title}} },
  parties: COLLECT {
    MATCH (g:Regency)-[p:PARTY_TO]->(a)
    RETURN {government: g {.code, .name}, provenance: COLLECT {
      MATCH (st:Statement {fact: p.fact, valueKey: p.valueKey})-[:CITES]->(src:Source)
      WITH st, src ORDER BY src.publishedOn, src.id RETURN {quote: st.quote, source: {id: src.id}}
    }}
  },
  signatories: COLLECT {
    MATCH (o:Official)-[p:SIGNED_MOU]->(a)
    RETURN {official: o {.id, .name}, onBehalfOf: p.onBehalfOf, provenance: COLLECT {
      MATCH (st:Statement {fact: p.fact, valueKey: p.valueKey})-[:CITES]->(src:Source)
      WITH st, src ORDER BY src.publishedOn, src.id RETURN {quote: st.quote, source: {id: src.id}}
    }}
  },
  sectors: COLLECT {
    MATCH (a)-[p:COVERS]->(s:Sector)
    RETURN {priority: coalesce(p.priority, false), sector: s {.id, .name}, provenance: COLLECT {
      MATCH (st:Statement {fact: p.fact, valueKey: p.valueKey})-[:CITES]->(src:Source)
      WITH st, src ORDER BY src.publishedOn, src.id RETURN {quote: st.quote, source: {id: src.id}}
    }}
  }
} AS agreement
