// Question: What do the sources say about governments, without the graph asserting it?
// Each claim (an assessment, a commitment, a statement) with whom it is about, who said it
// and the quote.
//
// Parameters (defaults; in the Neo4j Browser run the :param lines first, without "//"):
// :param kinds => ['ASSESSMENT', 'COMMITMENT', 'STATEMENT']
//   kinds: claim kinds to list.
//
// Example result (seeded graph):
//
//   claim                          | kind       | text                           | about                          | statedBy                | publisher          | quote
//   -------------------------------+------------+--------------------------------+--------------------------------+-------------------------+--------------------+-------------------------------
//   anas-offers-help-to-serang     | COMMITMENT | Anas is ready to help Tatu cr… | ["Kabupaten Banyuwangi","Kabu… | ["Abdullah Azwar Anas"] | BantenHeadline.com | Anas mengaku siap membantu Ta…
//   banyuwangi-best-regency-gover… | ASSESSMENT | Pemkab Banyuwangi is recorded… | ["Kabupaten Banyuwangi"]       | []                      | BantenHeadline.com | mengingat Pemkab Banyuwangi t…
//
MATCH (claim:Claim)-[s:SOURCED_FROM]->(source:Source)
WHERE claim.kind IN $kinds
RETURN claim.id AS claim, claim.kind AS kind, claim.text AS text,
       COLLECT { MATCH (claim)-[:ABOUT]->(g:Regency) RETURN g.name ORDER BY g.code } AS about,
       COLLECT { MATCH (claim)-[:STATED_BY]->(o:Official) RETURN o.name } AS statedBy,
       source.publisher AS publisher, s.quote AS quote
ORDER BY claim
