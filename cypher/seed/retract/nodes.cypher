// Retraction, 4 of 5: curated nodes no source declares any more, with their relationships.
// The slot holds the curated labels of the model that sources declare, as `A|B|C`.
MATCH (n:{{labels}})
WHERE NOT (n)-[:SOURCED_FROM]->(:Source)
DETACH DELETE n
RETURN count(*) AS removed
