import { manyLoader } from '../common/batch';
import type { Executor } from '../db/executor';
import { QUERIES } from '../db/queries';
import type { StatementRow } from '../seed/statements';

/**
 * A (:Statement) as cypher/statement/by-facts.cypher returns it: the fields the seed wrote
 * (src/seed/statements.ts) with the values it states beside them rather than under `values`.
 */
export type StatementRecord = Omit<StatementRow, 'values'> & Readonly<Record<string, unknown>>;

/** Per-request loader: every statement of a fact, batched over all facts a response shows. */
export function createStatementLoader(db: Executor) {
  return manyLoader<StatementRecord>(db, QUERIES.statement.byFacts);
}
