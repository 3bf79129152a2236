/**
 * `node dist/src/local-neo4j/cli.js start|stop|status`, behind `npm run neo4j:*`: runs the
 * project's own Neo4j in the background, for working with the Browser or several API runs.
 */
import { ConfigError, loadConfig } from '../config';
import type { Config } from '../config';
import { LocalNeo4jError } from './errors';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from './server';

const USAGE = 'Usage: node dist/src/local-neo4j/cli.js start|stop|status';

function print(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function printErr(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** The API ignores this server while NEO4J_URI points elsewhere; say so rather than surprise. */
function noteExternalUri(config: Config): void {
  if (config.neo4j.uri !== undefined) {
    printErr(`Note: NEO4J_URI is set (${config.neo4j.uri}), so the API uses that server, not this one.`);
  }
}

async function start(config: Config): Promise<void> {
  noteExternalUri(config);
  const handle = await startLocalNeo4j(config.local, config.neo4j, { detached: true, log: printErr });
  print(handle.startedByUs ? `Neo4j started in the background (pid ${handle.pid}).` : `Neo4j was already running (pid ${handle.pid}).`);
  print(`  Bolt URI:  ${handle.uri}  (user ${handle.username})`);
  print(`  Browser:   ${handle.browserUrl}`);
  print(`  Home:      ${handle.homeDir}  (output in logs/console.log)`);
  print('  Stop with: npm run neo4j:stop');
}

async function stop(config: Config): Promise<void> {
  const result = await stopLocalNeo4j(config.local, { log: printErr });
  print(result.wasRunning ? `Neo4j (pid ${result.pid}) stopped.` : `Neo4j was not running in ${config.local.homeDir}.`);
}

async function status(config: Config): Promise<void> {
  noteExternalUri(config);
  const s = await localNeo4jStatus(config.local, config.neo4j);
  print(s.running ? `Neo4j is running (pid ${s.pid}).` : 'Neo4j is not running.');
  print(`  Home:      ${s.homeDir}`);
  print(`  Bolt:      ${s.uri}  (port ${s.boltPort})`);
  print(`  Browser:   ${s.browserUrl}  (HTTP port ${s.httpPort})`);
  if (s.running) {
    const answer = s.server ? `yes, Neo4j ${s.server.version} ${s.server.edition}` : 'no (still starting, or the password differs)';
    print(`  Answers:   ${answer}`);
  }
  print(`  Jars:      ${s.jars ? `Neo4j ${s.jars.neo4j}, Neo4j Browser ${s.jars.browser}` : 'not fetched yet (the first start fetches them)'}`);
}

const COMMANDS: ReadonlyMap<string, (config: Config) => Promise<void>> = new Map([
  ['start', start],
  ['stop', stop],
  ['status', status],
]);

/** Runs one command; resolves with the exit status. */
export async function runCli(args: readonly string[]): Promise<number> {
  const command = COMMANDS.get(args[0] ?? '');
  if (command === undefined || args.length !== 1) {
    printErr(USAGE);
    return 2;
  }
  try {
    await command(loadConfig());
    return 0;
  } catch (error) {
    if (error instanceof LocalNeo4jError || error instanceof ConfigError) {
      printErr(error.message);
      return 1;
    }
    throw error;
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      printErr(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exitCode = 1;
    },
  );
}
