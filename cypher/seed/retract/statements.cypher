// Retraction, 1 of 5: statements no source file makes any more. $ids: every statement id the files make.
MATCH (st:Statement)
WHERE NOT st.id IN $ids
DETACH DELETE st
RETURN count(*) AS removed
