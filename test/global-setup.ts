import 'reflect-metadata';
import { connectDatabase } from '../src/app';
import { loadConfig } from '../src/config';
import { resolveNeo4j } from '../src/db/connection';
import { isSeeded, seedAll } from '../src/seed';
import type { LocalNeo4jHandle } from '../src/local-neo4j';

/**
 * Starts the tests' own Neo4j unless NEO4J_URI is set: its own home (.neo4j/test-server)
 * and ports (17687, 17474), so `npm test` never touches the data of a running `npm start`.
 * Seeds it when needed, and hands the connection to the test files through the environment.
 */
async function globalSetup(): Promise<void> {
  if (!process.env.NEO4J_URI) {
    Object.assign(process.env, {
      LOCAL_NEO4J_NAME: process.env.TEST_NEO4J_NAME ?? 'test-server',
      LOCAL_NEO4J_BOLT_PORT: process.env.TEST_NEO4J_BOLT_PORT ?? '17687',
      LOCAL_NEO4J_HTTP_PORT: process.env.TEST_NEO4J_HTTP_PORT ?? '17474',
    });
  }
  const config = loadConfig();
  const log = (line: string): void => {
    process.stderr.write(`[test setup] ${line}\n`);
  };
  const target = await resolveNeo4j(config, { log });
  (globalThis as { testNeo4j?: LocalNeo4jHandle }).testNeo4j = target.local;
  process.env.NEO4J_URI = target.settings.uri;
  process.env.NEO4J_PASSWORD = target.settings.password;
  process.env.NEO4J_USERNAME = target.settings.username;

  const database = await connectDatabase(config, target.settings);
  try {
    if (!(await isSeeded(database.executor))) await seedAll(database.executor, database.catalog, log);
  } finally {
    await database.close();
  }
}

export = globalSetup;
