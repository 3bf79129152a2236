// Retraction, 3 of 5: SOURCED_FROM links of nodes a source no longer declares.
// $pairs: every "Label:id|sourceId" the files declare.
MATCH (n)-[p:SOURCED_FROM]->(s:Source)
WHERE NOT (labels(n)[0] + ':' + n.id + '|' + s.id) IN $pairs
DELETE p
RETURN count(*) AS removed
