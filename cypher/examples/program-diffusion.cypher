// Question: Where did each program come from, and who runs or adopts it? One row per
// program: its origin, the governments that run it, those that adopt it (with status), and
// its sector.
//
// Parameters (defaults; in the Neo4j Browser run the :param lines first, without "//"):
// :param kinds => ['PROGRAM', 'POLICY', 'PRACTICE']
//   kinds: program kinds to list (a POLICY is a rule, a PRACTICE a way of working).
//
// Example result (seeded graph):
//
//   program                        | kind     | since | origin                   | runBy                          | adoptedBy                      | sectors
//   -------------------------------+----------+-------+--------------------------+--------------------------------+--------------------------------+--------------
//   35.10-scholarships-for-poor-s… | PROGRAM  |  null | ["Kabupaten Banyuwangi"] | ["Kabupaten Banyuwangi","Kabu… | []                             | ["education"]
//   35.10-tourism-development-pro… | PROGRAM  |  null | ["Kabupaten Banyuwangi"] | ["Kabupaten Banyuwangi"]       | ["Kabupaten Serang (PLANNED)"] | ["tourism"]
//   35.10-festivals-without-event… | PRACTICE |  null | []                       | ["Kabupaten Banyuwangi"]       | []                             | []
//   35.10-independent-surveys      | PRACTICE |  null | []                       | ["Kabupaten Banyuwangi"]       | []                             | []
//   35.10-information-technology   | PRACTICE |  null | []                       | ["Kabupaten Banyuwangi"]       | []                             | []
//   36.04-comparative-study-ban    | POLICY   |  2016 | ["Kabupaten Serang"]     | ["Kabupaten Serang"]           | []                             | []
//
MATCH (program:Program)
WHERE program.kind IN $kinds
RETURN program.id AS program, program.kind AS kind, program.since AS since,
       COLLECT { MATCH (program)-[:ORIGINATED_IN]->(g:Regency) RETURN g.name } AS origin,
       COLLECT { MATCH (g:Regency)-[:RUNS]->(program) RETURN g.name ORDER BY g.code } AS runBy,
       COLLECT { MATCH (g:Regency)-[a:ADOPTED]->(program) RETURN g.name + ' (' + a.status + ')' ORDER BY g.code } AS adoptedBy,
       COLLECT { MATCH (program)-[:IN_SECTOR]->(s:Sector) RETURN s.id } AS sectors
ORDER BY size(adoptedBy) + size(runBy) DESC, program
