// Islands by code. $keys: codes ("11.01.40001").
UNWIND $keys AS key
MATCH (i:Island {code: key})
RETURN key, i {.code, .name, .regencyCode, .provinceCode, .coordinate, .populated, .outermostSmall} AS value
