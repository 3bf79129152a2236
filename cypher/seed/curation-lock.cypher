// Serialises writes of the curated layer (the seed, `npm run ingest`): each takes this node's
// write lock first, in its own transaction, and holds it until it commits, so two never read
// and rewrite the set of sources at once (one would retract what the other adds).
MERGE (l:CurationLock {id: 'curated-layer'})
SET l.held = true
RETURN count(*) AS written
