// Who made each claim, when the source names a person. $keys: claim ids.
UNWIND $keys AS key
MATCH (:Claim {id: key})-[:STATED_BY]->(o:Official)
RETURN key, o {.id, .name, .nickname, .isGroup} AS value
