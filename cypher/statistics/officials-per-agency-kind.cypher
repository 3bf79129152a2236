// Distinct officials holding a position at an agency of each kind, most first, then in the
// order of $kinds. $kinds: the agency kinds to answer for (kinds with none count 0), e.g.
// ['PLANNING', 'EDUCATION_CULTURE', 'HEALTH', 'TOURISM_YOUTH_SPORTS', 'VILLAGE_EMPOWERMENT',
// 'SECRETARIAT', 'OTHER']. $governmentCode: only agencies of this government ("36.04"), or null.
// groupCount: of those officials, the unnamed groups ("several section heads", isGroup).
UNWIND range(0, size($kinds) - 1) AS rank
WITH rank, $kinds[rank] AS kind
WITH rank, kind,
     COUNT {
       MATCH (o:Official)-[:HOLDS_POSITION]->(a:Agency {kind: kind})
       WHERE $governmentCode IS NULL OR a.governmentCode = $governmentCode
       RETURN DISTINCT o
     } AS count,
     COUNT {
       MATCH (o:Official {isGroup: true})-[:HOLDS_POSITION]->(a:Agency {kind: kind})
       WHERE $governmentCode IS NULL OR a.governmentCode = $governmentCode
       RETURN DISTINCT o
     } AS groupCount
RETURN kind, count, groupCount
ORDER BY count DESC, rank
