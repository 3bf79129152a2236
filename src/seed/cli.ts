/**
 * `npm run seed`: seeds the Neo4j that NEO4J_URI names, or else the project's own local
 * server (started for the run and stopped after, unless it was already running).
 * Prints the counts and timings; exits 1 with a one-line message on failure.
 */
import { connectDatabase } from '../app';
import type { Database } from '../app';
import { loadConfig } from '../config';
import { resolveNeo4j } from '../db/connection';
import { formatReport, seedAll } from './index';
import { seconds } from './report';
import { oneLine } from '../errors/one-line';

const say = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const target = await resolveNeo4j(config, { log: say });
  let database: Database | undefined;
  try {
    database = await connectDatabase(config, target.settings, { verifyApiQueries: false });
    say(`Seeding ${target.settings.uri} (database ${config.neo4j.database})`);
    const report = await seedAll(database.executor, database.catalog);
    process.stdout.write(`${formatReport(report)}\n`);
    say(`Seeded in ${seconds(performance.now() - started)}.`);
  } finally {
    await database?.close();
    await target.local?.stop();
  }
}

main().catch((error: unknown) => {
  say(`seed failed: ${oneLine(error)}`);
  process.exitCode = 1;
});
