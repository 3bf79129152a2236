// Finds every statement of a fact (the references and values of one relationship) by its key.
CREATE INDEX statement_fact IF NOT EXISTS FOR (n:Statement) ON (n.fact)
