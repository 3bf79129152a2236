// Question: Which provinces learn from which? Program adoptions counted by the adopter's
// province and the province of the government the program is adopted from, by status.
//
// Parameters (defaults; in the Neo4j Browser run the :param lines first, without "//"):
// :param statuses => ['PLANNED', 'IN_PROGRESS', 'DONE']
//   statuses: adoption statuses to count (PLANNED: announced, not begun).
//
// The government adopted from is the ADOPTED relationship's fromCode; an adoption that names
// none counts under fromProvince null.
//
// Example result (seeded graph):
//
//   provinceCode | province | fromProvinceCode | fromProvince | status  | adoptions | detail
//   -------------+----------+------------------+--------------+---------+-----------+-------------------------------
//   36           | Banten   | 35               | Jawa Timur   | PLANNED |         1 | ["Kabupaten Serang <- Kabupat…
//
MATCH (adopter:Regency)-[adoption:ADOPTED]->(program:Program)
WHERE adoption.status IN $statuses
MATCH (adopter)-[:IN_PROVINCE]->(adopterProvince:Province)
OPTIONAL MATCH (origin:Regency {code: adoption.fromCode})-[:IN_PROVINCE]->(originProvince:Province)
RETURN adopterProvince.code AS provinceCode, adopterProvince.name AS province,
       originProvince.code AS fromProvinceCode, originProvince.name AS fromProvince,
       adoption.status AS status, count(*) AS adoptions,
       collect(adopter.name + ' <- ' + coalesce(origin.name, '?') + ': ' + program.id) AS detail
ORDER BY provinceCode, fromProvinceCode, status
