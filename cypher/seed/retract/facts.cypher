// Retraction, 2 of 5: curated relationships whose fact no statement supports any more (or that
// predate statements and carry no fact key). $facts: every fact key the files keep.
// The slot holds the curated relationship types of the model, as `A|B|C` (src/seed/sources.ts).
MATCH ()-[r:{{types}}]->()
WHERE r.fact IS NULL OR NOT r.fact IN $facts
DELETE r
RETURN count(*) AS removed
