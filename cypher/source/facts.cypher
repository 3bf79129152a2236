// What each source says: its statements (one per fact and value), each with the fact's two
// entities, found by walking from the source (CITES, SUBJECT, OBJECT; docs/model.md); at most
// $limit per source. $keys: source ids.
UNWIND $keys AS key
MATCH (src:Source {id: key})
RETURN key, COLLECT {
  MATCH (src)<-[:CITES]-(st:Statement)-[:SUBJECT]->(a), (st)-[:OBJECT]->(b)
  WITH st, a, b ORDER BY st.type, coalesce(a.id, a.code), coalesce(b.id, b.code), st.id
  LIMIT $limit
  RETURN {
    type: st.type,
    fromLabel: labels(a)[0], fromKey: coalesce(a.id, a.code), fromName: coalesce(a.name, a.title, a.text),
    toLabel: labels(b)[0], toKey: coalesce(b.id, b.code), toName: coalesce(b.name, b.title, b.text),
    quote: st.quote, inferred: st.inferred, note: st.note
  }
} AS value
