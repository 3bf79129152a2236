// A page of every source document, by id.
// The page slot (page): the page on sortKey, from $after or $before (a sortKey or null), $backward, $limit
// (src/common/batch.ts PAGE_SLOTS); $withTotal: count them all too.
RETURN {
  totalCount: CASE WHEN $withTotal THEN COUNT { (:Source) } END,
  nodes: COLLECT {
    MATCH (s:Source)
    WITH s, [s.id] AS sortKey
    {{page}}
    RETURN s {.id, .title, .publisher, .kind, .dateline, .publishedOn, .publishedOnInferred, .editorCode, .origin, .language, .url, .retrievedOn, .textSha256, sortKey: sortKey}
  }
} AS value
