/**
 * `npm run seed`: seeds the Neo4j that NEO4J_URI names, or else the project's own local
 * server (started for the run and stopped after, unless it was already running).
 * Prints the counts and timings; exits 1 with a one-line message on failure.
 */
import path from 'node:path';
import { projectRoot } from '../common/paths';
import { loadConfig } from '../config';
import { resolveNeo4j } from '../db/connection';
import { CypherCatalog } from '../db/cypher-catalog';
import { createDriver } from '../db/driver';
import { Executor } from '../db/executor';
import { formatReport, seedAll } from './index';
import { seconds } from './report';

const say = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** The first line of an error's message: the CLI promises one line. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const catalog = CypherCatalog.load(path.join(projectRoot(), 'cypher'));
  const target = await resolveNeo4j(config, { log: say });
  const driver = createDriver(target.settings);
  try {
    try {
      await driver.verifyConnectivity({ database: config.neo4j.database });
    } catch (error) {
      throw new Error(`Cannot use Neo4j at ${target.settings.uri}: ${oneLine(error)}`);
    }
    say(`Seeding ${target.settings.uri} (database ${config.neo4j.database})`);
    const report = await seedAll(new Executor(driver, config.neo4j.database, catalog), catalog);
    process.stdout.write(`${formatReport(report)}\n`);
    say(`Seeded in ${seconds(performance.now() - started)}.`);
  } finally {
    await driver.close();
    await target.local?.stop();
  }
}

main().catch((error: unknown) => {
  say(`seed failed: ${oneLine(error)}`);
  process.exitCode = 1;
});
