import 'reflect-metadata';
import { connectDatabase } from './app';
import type { Database } from './app';
import { loadConfig } from './config';
import { resolveNeo4j } from './db/connection';
import { isSeeded, seedAll } from './seed';
import { startServer } from './server';
import type { RunningServer } from './server';

const say = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/**
 * `npm start`: the project's own Neo4j (unless NEO4J_URI is set), seeded when empty, and the
 * GraphQL API over it. Ctrl-C stops the API and, if this process started it, Neo4j.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const target = await resolveNeo4j(config, { log: say });
  let database: Database | undefined;
  let server: RunningServer | undefined;
  // Registered before seeding, so Ctrl-C during a long seed still stops Neo4j cleanly.
  const stop = (signal: NodeJS.Signals): void => {
    say(`${signal}: stopping${target.local?.startedByUs ? ' the API and Neo4j' : ''}...`);
    void (async () => {
      await server?.stop();
      await database?.close();
      await target.local?.stop();
    })().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  database = await connectDatabase(config, target.settings);
  if (config.seedOnStart && !(await isSeeded(database.executor))) {
    say('The database is not seeded yet: loading the backbone and the curated sources (once).');
    const report = await seedAll(database.executor, database.catalog, say);
    say(`Seeded in ${(report.elapsedMs.total / 1000).toFixed(1)} s.`);
  }
  server = await startServer(config, database.executor);
  say(`daerah-graph serves GraphQL at ${server.url}${config.development ? ' (open it in a browser for Apollo Sandbox)' : ''}`);
  say(`Health check: http://localhost:${server.port}/health`);
  if (target.local) say(`Neo4j Browser: ${target.local.browserUrl} (user ${config.neo4j.username})`);
}

main().catch((error: unknown) => {
  say(`daerah-graph could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
