// How many programs have 0, 1, 2, ... adopting governments (only the counts that occur).
// $status: count only adoptions with this status ('PLANNED', 'IN_PROGRESS', 'DONE'), or null for all.
MATCH (p:Program)
WITH COUNT { (:Regency)-[a:ADOPTED]->(p) WHERE $status IS NULL OR a.status = $status } AS adopterCount
RETURN adopterCount, count(*) AS programCount
ORDER BY adopterCount
