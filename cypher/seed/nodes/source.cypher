// A source document (seed/sources/<file>.json, "source"). Written before the facts citing it.
// $rows: [{id, title, publisher, kind, dateline, publishedOn, publishedOnInferred, editorCode, origin, language, url,
//          retrievedOn, note, textSha256}].
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s.title = row.title, s.publisher = row.publisher, s.kind = row.kind, s.dateline = row.dateline,
    s.publishedOn = date(row.publishedOn), s.publishedOnInferred = row.publishedOnInferred,
    s.editorCode = row.editorCode, s.origin = row.origin, s.language = row.language, s.url = row.url,
    s.retrievedOn = date(row.retrievedOn), s.note = row.note, s.textSha256 = row.textSha256
RETURN count(*) AS written
