// Q9: the regencies party to an agreement covering a sector, code order, the first $first and
// how many in all. $sectorId ("tourism"), $first.
MATCH (r:Regency)
WHERE EXISTS { (r)-[:PARTY_TO]->(:Agreement)-[:COVERS]->(:Sector {id: $sectorId}) }
WITH r ORDER BY r.code
WITH collect(r {.code, .name}) AS matching
RETURN size(matching) AS totalCount, matching[..$first] AS regencies
