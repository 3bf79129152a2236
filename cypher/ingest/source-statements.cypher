// The statements a source already makes in the graph (src/ingest/plan.ts): what ingesting a
// changed version of it would retract. $id: the source's id.
MATCH (:Source {id: $id})<-[:CITES]-(st:Statement)
RETURN st.id AS id ORDER BY id
