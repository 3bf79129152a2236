// Retraction, 5 of 5: Source nodes whose file is gone (the backbone's Source is kept).
// $keep: the ids of every source file and of the backbone's Source.
MATCH (s:Source)
WHERE NOT s.id IN $keep
DETACH DELETE s
RETURN count(*) AS removed
