// Every sector, by id.
MATCH (s:Sector)
RETURN s {.id, .name, .localName} AS sector
ORDER BY s.id
