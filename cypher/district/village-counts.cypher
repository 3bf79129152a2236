// The number of villages (desa / kelurahan) in each district. $keys: district codes.
UNWIND $keys AS key
MATCH (d:District {code: key})
// The IN_DISTRICT degree: every IN_DISTRICT starts at a Village, so no village is visited.
RETURN key, COUNT { ()-[:IN_DISTRICT]->(d) } AS value
