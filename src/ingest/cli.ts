/**
 * `npm run ingest -- <file|folder>... [--dry-run] [--json]` (issue 10): checks curated source
 * files against the graph NEO4J_URI names (or the project's local server) and prints the plan:
 * entities linked or new, statements added, references added, disagreements, retractions.
 * With --dry-run it stops there; otherwise it applies the sources in one transaction, the same
 * write as the seed's (src/seed/sources.ts writeSources), keeping each file on its Source node
 * so later seeds keep it, and recording the write in the audit log as the mutations do (who:
 * "npm run ingest (<user>)"). Idempotent. Every problem of the files is listed at once (exit 1).
 */
import os from 'node:os';
import { connectDatabase } from '../app';
import type { Database } from '../app';
import { loadConfig } from '../config';
import { resolveNeo4j } from '../db/connection';
import { oneLine } from '../errors/one-line';
import { SourceValidationError } from '../seed/source-validate';
import { silentSeedLog } from '../seed/seed-log';
import { readSourceDir, writeSources } from '../seed/sources';
import { auditOfPlans, formatPlan, planIngest, readIngestFiles } from './plan';

const say = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

const USAGE = 'usage: npm run ingest -- <file.json | folder>... [--dry-run] [--json]';

export function parseIngestArgs(args: readonly string[]): { paths: string[]; dryRun: boolean; json: boolean } {
  const paths = args.filter((arg) => !arg.startsWith('--'));
  const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--dry-run' && arg !== '--json');
  if (unknown.length > 0) throw new Error(`unknown option ${unknown.join(', ')}; ${USAGE}`);
  if (paths.length === 0) throw new Error(`name a source file or folder; ${USAGE}`);
  return { paths, dryRun: args.includes('--dry-run'), json: args.includes('--json') };
}

async function main(): Promise<number> {
  const options = parseIngestArgs(process.argv.slice(2));
  const raw = readIngestFiles(options.paths);
  const config = loadConfig();
  const target = await resolveNeo4j(config, { log: say });
  let database: Database | undefined;
  try {
    database = await connectDatabase(config, target.settings, { verifyApiQueries: false });
    const { plans, sources } = await planIngest(database.executor, raw);
    process.stdout.write(options.json ? `${JSON.stringify(plans, null, 2)}\n` : `${formatPlan(plans)}\n`);
    const files = `${plans.length} file${plans.length === 1 ? '' : 's'}`;
    if (options.dryRun) {
      say(`dry run: nothing was written (${files} checked).`);
      return 0;
    }
    const audit = auditOfPlans(`npm run ingest (${os.userInfo().username})`, plans);
    const summary = await writeSources(database.executor, database.catalog, readSourceDir(), silentSeedLog, { add: sources, audit });
    say(`applied ${files} in one transaction: the curated layer now holds ${summary.sources} sources, ${summary.statements} statements, ${summary.relationships} facts.`);
    return 0;
  } finally {
    await database?.close();
    await target.local?.stop();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof SourceValidationError) {
      say(`ingest refused: ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}:`);
      for (const problem of error.problems) say(`  ${problem}`);
    } else say(`ingest failed: ${oneLine(error)}`);
    process.exitCode = 1;
  },
);
