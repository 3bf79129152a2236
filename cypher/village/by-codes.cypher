// Villages (desa / kelurahan) by code. $keys: codes ("36.04.01.2001").
UNWIND $keys AS key
MATCH (v:Village {code: key})
RETURN key, v {.code, .name, .districtCode, .kind} AS value
