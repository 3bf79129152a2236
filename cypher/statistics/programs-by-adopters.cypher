// Programs (and policies, practices) by how many governments adopted them, most adopted first;
// ties by how many run them, then by id. $status: count only adoptions with this status
// ('PLANNED', 'IN_PROGRESS', 'DONE'), or null for all. $limit: how many programs.
MATCH (p:Program)
WITH p,
     COUNT { (:Regency)-[a:ADOPTED]->(p) WHERE $status IS NULL OR a.status = $status } AS adopterCount,
     COUNT { (:Regency)-[:RUNS]->(p) } AS runnerCount
RETURN p {.id, .name, .description, .kind, .since} AS program, adopterCount, runnerCount
ORDER BY adopterCount DESC, runnerCount DESC, p.id
LIMIT $limit
