// Nodes per label and relationships per type, answered from the count store (no scan).
// Read by the seed's report and by isSeeded (src/seed/report.ts).
RETURN
  {
    Province: COUNT { (:Province) },
    Regency: COUNT { (:Regency) },
    District: COUNT { (:District) },
    Village: COUNT { (:Village) },
    Island: COUNT { (:Island) },
    Official: COUNT { (:Official) },
    Agency: COUNT { (:Agency) },
    Program: COUNT { (:Program) },
    Agreement: COUNT { (:Agreement) },
    Sector: COUNT { (:Sector) },
    Source: COUNT { (:Source) },
    Claim: COUNT { (:Claim) }
  } AS nodes,
  {
    IN_PROVINCE: COUNT { ()-[:IN_PROVINCE]->() },
    IN_REGENCY: COUNT { ()-[:IN_REGENCY]->() },
    IN_DISTRICT: COUNT { ()-[:IN_DISTRICT]->() },
    PART_OF: COUNT { ()-[:PART_OF]->() },
    HOLDS_POSITION: COUNT { ()-[:HOLDS_POSITION]->() },
    PARTY_TO: COUNT { ()-[:PARTY_TO]->() },
    SIGNED_MOU: COUNT { ()-[:SIGNED_MOU]->() },
    COVERS: COUNT { ()-[:COVERS]->() },
    RUNS: COUNT { ()-[:RUNS]->() },
    ADOPTED: COUNT { ()-[:ADOPTED]->() },
    ORIGINATED_IN: COUNT { ()-[:ORIGINATED_IN]->() },
    IN_SECTOR: COUNT { ()-[:IN_SECTOR]->() },
    ACCOMPANIED: COUNT { ()-[:ACCOMPANIED]->() },
    ABOUT: COUNT { ()-[:ABOUT]->() },
    STATED_BY: COUNT { ()-[:STATED_BY]->() },
    SOURCED_FROM: COUNT { ()-[:SOURCED_FROM]->() }
  } AS relationships
