// Every curated relationship citing each source, with its quote: what a source says; at most
// $limit per source. $keys: source ids. The slot holds the curated relationship types that carry
// a sourceId (src/model/cypher.ts), so only those are scanned, never the backbone's.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (a)-[r:{{types}}]->(b)
  WHERE r.sourceId = key
  WITH a, r, b ORDER BY type(r), coalesce(a.id, a.code), coalesce(b.id, b.code)
  LIMIT $limit
  RETURN {
    type: type(r),
    fromLabel: labels(a)[0], fromKey: coalesce(a.id, a.code), fromName: coalesce(a.name, a.title, a.text),
    toLabel: labels(b)[0], toKey: coalesce(b.id, b.code), toName: coalesce(b.name, b.title, b.text),
    quote: r.quote, inferred: r.inferred, note: r.note
  }
} AS value
