// Waits until every index is online, so the seed's MERGEs and the API's first queries use them.
CALL db.awaitIndexes(300)
