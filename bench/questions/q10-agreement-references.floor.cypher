// Q10: an agreement with every reference: the sources citing it (SOURCED_FROM, with quotes) and
// the provenance of each party, signatory and sector (sourceId and quote on the relationship).
// $id: agreement id.
MATCH (a:Agreement {id: $id})
RETURN a {
  .id, .title, .date,
  sources: COLLECT { MATCH (a)-[p:SOURCED_FROM]->(s:Source) RETURN {quote: p.quote, source: s {.id, .title}} },
  parties: COLLECT { MATCH (g:Regency)-[p:PARTY_TO]->(a) RETURN {government: g {.code, .name}, provenance: [{quote: p.quote, source: {id: p.sourceId}}]} },
  signatories: COLLECT {
    MATCH (o:Official)-[p:SIGNED_MOU]->(a)
    RETURN {official: o {.id, .name}, onBehalfOf: p.onBehalfOf, provenance: [{quote: p.quote, source: {id: p.sourceId}}]}
  },
  sectors: COLLECT {
    MATCH (a)-[p:COVERS]->(s:Sector)
    RETURN {priority: coalesce(p.priority, false), sector: s {.id, .name}, provenance: [{quote: p.quote, source: {id: p.sourceId}}]}
  }
} AS agreement
