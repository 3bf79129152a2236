import type { CypherCatalog } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import { toSeedLog } from './seed-log';
import type { SeedLogOption } from './seed-log';

/**
 * Applies `cypher/schema/*.cypher` in name order (constraints, then indexes), one statement
 * per transaction as Neo4j requires, then waits until every index is online: the backbone's
 * MERGEs would otherwise scan labels while the constraints' indexes are still populating.
 * Every statement says IF NOT EXISTS, so applying twice changes nothing.
 */
export async function applySchema(executor: Executor, catalog: CypherCatalog, log?: SeedLogOption): Promise<number> {
  const out = toSeedLog(log);
  const statements = catalog.folder('schema');
  if (statements.length === 0) throw new Error('No schema statements found: expected cypher/schema/*.cypher.');
  for (const { text } of statements) await executor.runText('WRITE', text);
  await executor.runText('WRITE', catalog.get('seed/await-indexes'));
  out.info(`schema: ${statements.length} constraints and indexes, all online`);
  return statements.length;
}
