// Every curated relationship citing each source, with its quote: what a source says.
// $keys: source ids.
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (a)-[r]->(b)
  WHERE r.sourceId = key
  WITH a, r, b ORDER BY type(r), coalesce(a.id, a.code), coalesce(b.id, b.code)
  RETURN {
    type: type(r),
    fromLabel: labels(a)[0], fromKey: coalesce(a.id, a.code), fromName: coalesce(a.name, a.title, a.text),
    toLabel: labels(b)[0], toKey: coalesce(b.id, b.code), toName: coalesce(b.name, b.title, b.text),
    quote: r.quote, inferred: r.inferred, note: r.note
  }
} AS value
