// Sources (documents) by id. $keys: ids.
UNWIND $keys AS key
MATCH (s:Source {id: key})
RETURN key, s {.id, .title, .publisher, .kind, .dateline, .publishedOn, .publishedOnInferred, .editorCode, .origin, .language, .url, .retrievedOn, .textSha256} AS value
