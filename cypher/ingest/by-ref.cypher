// Entity resolution (src/ingest/resolve.ts): whether the node an explicit `Label:key` names
// exists. $ref: {label, key}. The slot: one branch per label of the model (src/model/cypher.ts).
WITH $ref AS ref
CALL (ref) {
{{branches}}
}
RETURN labels(n)[0] + ':' + ref.key AS ref
