/**
 * `npm run bench`: our API, the Neo4j GraphQL Library (the peer) and a raw driver runner (the
 * floor), side by side against the same seeded Neo4j. Each question's answers are checked
 * equal first; then each server gets a warm-up and a measured autocannon run per connection
 * count. Prints the tables and writes bench/RESULTS.md. Options: bench/options.ts (--help).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connectDatabase } from '../src/app';
import type { Database } from '../src/app';
import { loadConfig } from '../src/config';
import { resolveNeo4j } from '../src/db/connection';
import type { Neo4jTarget } from '../src/db/connection';
import { isSeeded, seedAll, streamSeedLog } from '../src/seed';
import { diff, formatDiff } from './canonical';
import type { Canonical } from './canonical';
import { runLoad } from './load';
import { describeMachine, describeVersions } from './machine';
import { BenchOptionError, USAGE, parseOptions } from './options';
import type { BenchOptions } from './options';
import { costCurveTables, runCostCurve } from './cost-curve';
import { ProcessMeter, SERVER_NODE_FLAGS } from './processes';
import type { ServerProcess } from './processes';
import { isAsk, loadQuestions, pickQuestions } from './questions';
import type { Question, ServerName } from './questions';
import { costCurveSection, formatSeed, ratioTable, renderResults, resultsTable, withCostCurve } from './report';
import type { Cell, QuestionOutcome, RunReport } from './report';
import { measureSeedSpeed } from './seed-speed';
import { BENCH_MAX_PAGE_SIZE, BENCH_MAX_QUERY_DEPTH, ask, startServers } from './servers';

const say = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/**
 * Asks every server the question and checks the answers are equal (the floor's is the
 * reference). A server that fails (an error, a field its schema lacks) is left out and said
 * so; if the others' answers differ, none is measured. Returns the servers to measure.
 */
async function verify(question: Question, servers: Map<ServerName, ServerProcess>, notes: string[]): Promise<ServerName[]> {
  const answered: Array<[ServerName, Canonical]> = [];
  for (const [name, server] of servers) {
    const how = question[name];
    if (!isAsk(how)) {
      notes.push(`${name}: ${how.notAsked}`);
      continue;
    }
    if (how.note) notes.push(`${name}: ${how.note}`);
    const answer = await ask(server, name, how);
    if (answer.value === undefined) {
      notes.push(`${name} failed and is not measured: ${answer.failure ?? 'no answer'}`);
      say(`${question.id}: ${name} failed: ${answer.failure ?? 'no answer'}`);
    } else {
      answered.push([name, answer.value]);
    }
  }
  const [referenceName, reference] = answered.find(([name]) => name === 'floor') ?? answered[0] ?? [];
  if (referenceName === undefined || reference === undefined) return [];
  let equal = true;
  for (const [name, value] of answered) {
    if (name === referenceName) continue;
    const differences = diff(value, reference);
    if (differences.length > 0) {
      equal = false;
      notes.push(`answers differ, so the question is not measured: ${name} against ${referenceName}`);
      say(`${question.id}: the answers of ${name} and ${referenceName} differ:\n${formatDiff(name, referenceName, differences)}`);
    }
  }
  if (!equal) return [];
  if (answered.length > 1) notes.push(`answers checked equal: ${answered.map(([n]) => n).join(', ')}`);
  return answered.map(([name]) => name);
}

/** CPU ms per successful request over a cell, or null when it could not be read. */
function perRequest(cpuMs: number | undefined, requests: number): number | null {
  return cpuMs === undefined || requests === 0 ? null : cpuMs / requests;
}

async function measure(
  question: Question,
  names: readonly ServerName[],
  servers: Map<ServerName, ServerProcess>,
  neo4jMeter: ProcessMeter | undefined,
  options: BenchOptions,
): Promise<Cell[]> {
  const cells: Cell[] = [];
  for (const connections of options.connections) {
    // Servers take turns within one question and concurrency, so a change in the machine's
    // load while the bench runs touches all three alike.
    for (const name of names) {
      const server = servers.get(name);
      const how = question[name];
      if (!server || !isAsk(how)) continue;
      const target = { url: `${server.baseUrl}${how.path}`, body: how.body };
      if (options.warmupSeconds > 0) await runLoad(target, connections, options.warmupSeconds);
      const { roundTrips } = await ask(server, name, how);
      server.meter.reset();
      neo4jMeter?.reset();
      const load = await runLoad(target, connections, options.durationSeconds);
      const cell: Cell = {
        question: question.id,
        server: name,
        connections,
        load,
        peakMb: server.meter.peakMb(),
        serverCpuMs: perRequest(server.meter.cpuMs(), load.requests),
        neo4jCpuMs: perRequest(neo4jMeter?.cpuMs(), load.requests),
        roundTrips,
      };
      say(
        `${question.id} ${String(connections).padStart(2)} conns ${name.padEnd(5)}: ${load.requestsPerSecond.toFixed(1)} req/s, ` +
          `p50 ${load.p50Ms.toFixed(2)} ms, p99 ${load.p99Ms.toFixed(2)} ms, ${load.errors} errors, ${Math.round(cell.peakMb)} MB, ` +
          `CPU ms/request ${cell.serverCpuMs?.toFixed(1) ?? '-'} server + ${cell.neo4jCpuMs?.toFixed(1) ?? '-'} Neo4j, ${roundTrips ?? '-'} Cypher/request`,
      );
      cells.push(cell);
    }
  }
  return cells;
}

function settingsOf(options: BenchOptions, target: Neo4jTarget): string[] {
  return [
    `Each cell: ${options.warmupSeconds} s of unmeasured warm-up, then ${options.durationSeconds} s of autocannon (POST, pipelining 1) with ${options.connections.join(' and then ')} connection(s); ` +
      'one request after the warm-up reads the Cypher queries per request. Servers take turns per question and connection count.',
    'Latency percentiles are computed from every successful response\'s own time; errors count connection errors, timeouts, non-2xx and responses with GraphQL `errors`.',
    'CPU ms/request: CPU time (user + system, from /proc/<pid>/stat) of the server process and of the Neo4j process during the cell, divided by the successful requests; ' +
      'Neo4j\'s includes its background work and is shown only when it is the project\'s own local server.',
    `ours: \`node dist/src/main.js\`, NODE_ENV=production, SEED_ON_START=false, MAX_PAGE_SIZE=${BENCH_MAX_PAGE_SIZE}, MAX_QUERY_DEPTH=${BENCH_MAX_QUERY_DEPTH} ` +
      '(so Q4 asks `regencies(first: 1000)` in one page, the shape of the peer\'s and the floor\'s single list; the default cap is 100). Cypher/request from `extensions.cypherRoundTrips`.',
    'peer: @neo4j/graphql with Apollo Server 5 (production: no introspection, no landing page), type definitions in bench/servers/peer-type-defs.graphql ' +
      '(`@fulltext` on the existing index `entityNames`, checked with `assertIndexesAndConstraints`; mutations excluded; no authorization, no subscriptions; deprecated fields excluded). ' +
      'Cypher/request counted by wrapping its driver sessions.',
    'floor: node:http + neo4j-driver, one hand-written Cypher query per question (bench/questions/*.floor.cypher), rows as JSON.',
    `All three: the same Neo4j (${target.settings.uri}), the same driver settings (src/db/driver.ts), each in its own Node process with its own port and the same Node flags (${SERVER_NODE_FLAGS.join(' ')}, as npm start uses); ` +
      'autocannon runs in the bench process on the same machine, so Neo4j, the server under test and the load generator share its cores.',
    'Answers are checked equal before measuring, in a canonical form (field names mapped to one shape, lists sorted, numbers normalised); a question whose answers differ is not measured.',
  ];
}

/** An argument as it would be typed in a shell, quoted when it has to be. */
function shellWord(arg: string): string {
  return /^[\w.,=/:-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    if (error instanceof BenchOptionError) {
      say(error.message);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
  if (options.help) {
    say(USAGE);
    return;
  }
  const loadBefore = os.loadavg();
  const questions = pickQuestions(loadQuestions(), options.questions);
  if (options.scales.length > 0) {
    await costCurve(options, questions, loadBefore);
    return;
  }
  const config = loadConfig();
  const target = await resolveNeo4j(config, { log: say });
  let database: Database | undefined;
  let servers = new Map<ServerName, ServerProcess>();
  const outcomes: QuestionOutcome[] = [];
  const cells: Cell[] = [];
  let versions: Record<string, string> = {};
  try {
    database = await connectDatabase(config, target.settings);
    if (!(await isSeeded(database.executor))) {
      say('The database is not seeded yet: seeding it first (once).');
      await seedAll(database.executor, database.catalog, streamSeedLog());
    }
    versions = await describeVersions(database.executor);
    servers = await startServers(options.servers, config, target);
    // Neo4j's own CPU time per request, when it is the project's local server (its pid is known).
    const neo4jMeter = target.local ? new ProcessMeter(target.local.pid) : undefined;
    for (const question of questions) {
      const notes: string[] = [];
      const names = await verify(question, servers, notes);
      const measured = names.length > 0;
      if (measured) cells.push(...(await measure(question, names, servers, neo4jMeter, options)));
      else say(`${question.id}: not measured (${notes[notes.length - 1] ?? 'no server asked'}).`);
      outcomes.push({ id: question.id, title: question.title, measured, notes });
    }
  } finally {
    await Promise.all([...servers.values()].map((s) => s.stop()));
    await database?.close();
    await target.local?.stop();
  }

  let seed: RunReport['seed'] = { skipped: 'skipped with --no-seed' };
  if (options.seed) {
    try {
      seed = await measureSeedSpeed(say);
    } catch (error) {
      seed = { skipped: `the scratch seed failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
    }
  }

  const report: RunReport = {
    date: new Date(),
    command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2).map(shellWord)] : [])].join(' '),
    note: options.note,
    machine: describeMachine(loadBefore),
    versions,
    settings: settingsOf(options, target),
    questions: outcomes,
    cells,
    seed,
  };
  process.stdout.write(`\n${resultsTable(cells)}\n\n${ratioTable(cells)}\n\nSeed: ${formatSeed(seed)}\n`);
  for (const q of outcomes) if (q.notes.length > 0) process.stdout.write(`${q.id}: ${q.notes.join('; ')}\n`);
  if (options.resultsFile) {
    const kept = fs.existsSync(options.resultsFile) ? costCurveSection(fs.readFileSync(options.resultsFile, 'utf8')) : '';
    fs.writeFileSync(options.resultsFile, `${renderResults(report).trimEnd()}${kept ? `\n\n${kept}\n` : '\n'}`);
    say(`\nWritten to ${path.relative(process.cwd(), options.resultsFile)}.`);
  }
}

/** The cost curve (bench/cost-curve.ts): printed, and written as its own section of the results file. */
async function costCurve(options: BenchOptions, questions: readonly Question[], loadBefore: readonly number[]): Promise<void> {
  const started = Date.now();
  const curve = await runCostCurve(options.scales, questions, say);
  const machine = describeMachine(loadBefore);
  const load = (values: readonly number[]): string => values.map((v) => v.toFixed(2)).join(' / ');
  const tables = costCurveTables(curve, options.scales);
  const body = [
    '## Cost curve',
    '',
    `Run of ${new Date().toISOString()} (${Math.round((Date.now() - started) / 1000)} s): \`${['npm run bench --', ...process.argv.slice(2).map(shellWord)].join(' ')}\` ` +
      `on ${machine.cpu}, ${machine.cores} cores; load average (1 / 5 / 15 min) ${load(machine.loadBefore)} before, ${load(machine.loadAfter)} after.`,
    ...(options.note ? ['', `Note on this run: ${options.note}`] : []),
    '',
    'Our API (`node dist/src/main.js`, production settings as above) over a scratch Neo4j seeded as `npm start` seeds it ' +
      `(${curve.seedSeconds.toFixed(0)} s), then given N units of a synthetic curated layer (bench/scale/synthetic-unit.cypher; every node ` +
      '`synthetic: true`, ids `synthetic-...`), N growing in turn. Per question and N: the median of 15 requests in a row after 3 unmeasured ones ' +
      '(one connection); the Cypher queries our request sends; the database hits of the floor\'s one-query answer under PROFILE; and whether our answer ' +
      'equals the floor\'s. Q6 and Q11 are capped in our API (200 edges, 200 entities); the floor\'s Q6 is not, so they differ once the network outgrows the cap.',
    '',
    tables,
  ].join('\n');
  process.stdout.write(`\n${tables}\n`);
  if (options.resultsFile) {
    const before = fs.existsSync(options.resultsFile) ? fs.readFileSync(options.resultsFile, 'utf8') : '# Benchmark results\n';
    fs.writeFileSync(options.resultsFile, withCostCurve(before, body));
    say(`\nWritten to ${path.relative(process.cwd(), options.resultsFile)}.`);
  }
}

main().catch((error: unknown) => {
  say(`The bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
