// Every source document, by id.
MATCH (s:Source)
RETURN s {.id, .title, .publisher, .kind, .dateline, .publishedOn, .publishedOnInferred, .editorCode, .origin, .language, .url, .retrievedOn, .textSha256} AS source
ORDER BY s.id
