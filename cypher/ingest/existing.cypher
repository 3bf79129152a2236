// Which of the nodes named by `Label:key` the graph holds (src/ingest/): an explicit key of a
// mention, every node a source file to ingest declares or points at. $refs: [{label, key}].
// The slot: one branch per label of the model (src/model/cypher.ts), finding each by its key.
UNWIND $refs AS ref
CALL (ref) {
{{branches}}
}
RETURN ref.label + ':' + ref.key AS ref
