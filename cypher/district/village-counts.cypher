// The number of villages (desa / kelurahan) in each district. $keys: district codes.
UNWIND $keys AS key
MATCH (d:District {code: key})
RETURN key, COUNT { (:Village)-[:IN_DISTRICT]->(d) } AS value
