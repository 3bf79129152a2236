// A page of what each source says: its statements (one per fact and value), each with the fact's
// two entities, found by walking from the source (CITES, SUBJECT, OBJECT; docs/model.md), by type
// then ends. $keys: source ids.
// The page slot (page): the page on sortKey, from $after or $before (a sortKey or null), $backward, $limit
// (src/common/batch.ts PAGE_SLOTS); $withTotal: count them all too.
UNWIND $keys AS key
MATCH (src:Source {id: key})
RETURN key, {
  totalCount: CASE WHEN $withTotal THEN COUNT { (src)<-[:CITES]-(st:Statement)-[:SUBJECT]->(), (st)-[:OBJECT]->() } END,
  nodes: COLLECT {
    MATCH (src)<-[:CITES]-(st:Statement)-[:SUBJECT]->(a), (st)-[:OBJECT]->(b)
    WITH st, a, b, [st.type, coalesce(a.id, a.code), coalesce(b.id, b.code), st.id] AS sortKey
    {{page}}
    RETURN {
      type: st.type,
      fromLabel: labels(a)[0], fromKey: coalesce(a.id, a.code), fromName: coalesce(a.name, a.title, a.text),
      toLabel: labels(b)[0], toKey: coalesce(b.id, b.code), toName: coalesce(b.name, b.title, b.text),
      quote: st.quote, inferred: st.inferred, note: st.note,
      sortKey: sortKey
    }
  }
} AS value
