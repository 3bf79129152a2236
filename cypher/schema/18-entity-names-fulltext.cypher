// Full-text search over folded names (searchText, built by src/search/normalize.ts).
// No stop words: short Indonesian words such as "dan" must stay searchable.
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS
FOR (n:Regency|Official|Agency|Program) ON EACH [n.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}}
