import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from './common/paths';
import type { Config } from './config';
import { CypherCatalog, declaredQueries } from './db/cypher-catalog';
import { createDriver } from './db/driver';
import type { DriverSettings } from './db/driver';
import { Executor } from './db/executor';
import { createSchema } from './schema';

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
 * Connects to Neo4j and loads the Cypher catalog, failing fast when a query the code
 * declares has no file or when Neo4j does not answer.
 */
export async function connectDatabase(config: Config, settings: DriverSettings): Promise<Database> {
  await createSchema(); // imports every repository, so all their queries are declared
  const catalog = CypherCatalog.load(cypherDir());
  catalog.verify(declaredQueries());
  const driver = createDriver(settings);
  try {
    await driver.verifyConnectivity({ database: config.neo4j.database });
  } catch (error) {
    await driver.close();
    throw new Error(`Neo4j at ${settings.uri} does not answer: ${(error as Error).message}`);
  }
  const executor = new Executor(driver, config.neo4j.database, catalog);
  return { driver, catalog, executor, close: () => driver.close() };
}
