// Where each program originated. $keys: program ids.
UNWIND $keys AS key
MATCH (:Program {id: key})-[o:ORIGINATED_IN]->(r:Regency)
RETURN key, o {.sourceId, .quote, .inferred, .note, governmentCode: r.code} AS value
