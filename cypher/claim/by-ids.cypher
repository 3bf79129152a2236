// Claims (what a source says, not what the graph asserts) by id. $keys: ids.
UNWIND $keys AS key
MATCH (c:Claim {id: key})
RETURN key, c {.id, .text, .kind} AS value
