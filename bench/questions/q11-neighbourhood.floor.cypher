// Q11: the neighbourhood of a regency, two hops, any relationship of the model but SOURCED_FROM
// (so not a statement's CITES, SUBJECT and OBJECT either, which are no facts of their own): the nearest
// $limit entities, the centre included (at one distance curated first, then provinces and
// regencies, districts, villages and islands; then by label and key), and how many were reachable.
// $code: regency code; $limit.
MATCH (c:Regency {code: $code})
MATCH (c)-[rs*1..2]-(n)
WHERE n <> c AND none(r IN rs WHERE type(r) IN ['SOURCED_FROM', 'CITES', 'SUBJECT', 'OBJECT'])
WITH n, min(size(rs)) AS hops
WITH n, hops, labels(n)[0] AS label
WITH n, hops, label,
     CASE label WHEN 'Province' THEN 1 WHEN 'Regency' THEN 1 WHEN 'District' THEN 2 WHEN 'Village' THEN 3 WHEN 'Island' THEN 3 ELSE 0 END AS tier
ORDER BY hops, tier, label, coalesce(n.code, n.id)
WITH collect(label + ':' + coalesce(n.code, n.id) + '@' + hops) AS found
RETURN size(found) + 1 AS reachable, ['Regency:' + $code + '@0'] + found[..$limit - 1] AS nodes
