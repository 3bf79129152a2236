import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from './common/paths';
import type { Config } from './config';
import { CypherCatalog } from './db/cypher-catalog';
import { createDriver } from './db/driver';
import type { DriverSettings } from './db/driver';
import { Executor } from './db/executor';
import { queryNames } from './db/queries';

/** The long-lived parts shared by the server, the seed and the tests. */
export interface Database {
  readonly driver: Driver;
  readonly catalog: CypherCatalog;
  readonly executor: Executor;
  close(): Promise<void>;
}

/** Where the Cypher files live (`cypher/` at the top of the repository). */
export function cypherDir(): string {
  return path.join(projectRoot(), 'cypher');
}

/**
 * Connects to Neo4j and loads the Cypher catalog, failing fast when Neo4j does not answer
 * and, for the API (`verifyApiQueries`, the default), when a query the code declares has
 * no file. The seed and the Cypher command skip that check: they run no API query.
 */
export async function connectDatabase(config: Config, settings: DriverSettings, options: { verifyApiQueries?: boolean } = {}): Promise<Database> {
  const catalog = CypherCatalog.load(cypherDir());
  if (options.verifyApiQueries ?? true) catalog.verify(queryNames());
  const driver = createDriver(settings);
  try {
    await driver.verifyConnectivity({ database: config.neo4j.database });
  } catch (error) {
    await driver.close();
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot use Neo4j at ${settings.uri}: ${message}`);
  }
  const executor = new Executor(driver, config.neo4j.database, catalog);
  return { driver, catalog, executor, close: () => driver.close() };
}
