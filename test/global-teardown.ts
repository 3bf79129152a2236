import type { LocalNeo4jHandle } from '../src/local-neo4j';

/** Stops the tests' Neo4j if the global setup started it (a server found running is left alone). */
async function globalTeardown(): Promise<void> {
  await (globalThis as { testNeo4j?: LocalNeo4jHandle }).testNeo4j?.stop();
}

export = globalTeardown;
