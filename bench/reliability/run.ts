/**
 * `npm run reliability`: starts its own Neo4j (home `.neo4j/reliability`, free ports) and two
 * API processes in production mode, then: two seeds at once on an emptied graph; hostile
 * requests of every class; slow clients; Neo4j killed, paused and restarted under load; a
 * 16-client soak of the bench questions across both API processes. Prints one report
 * (markdown tables); docs/reliability.md holds the figures of a run.
 *
 * Variables: RELIABILITY_FUZZ_PER_CLASS (200), RELIABILITY_SOAK_SECONDS (180),
 * RELIABILITY_WARMUP_SECONDS (60, before the soak is measured), RELIABILITY_PAUSE_SECONDS (12),
 * RELIABILITY_SKIP (any of seed,fuzz,slow,faults,soak), RELIABILITY_NEO4J_NAME (reliability: its
 * home in LOCAL_NEO4J_DIR), RELIABILITY_PORT_BASE (unset: free ports; else Neo4j's Bolt and
 * HTTP ports and the two APIs' take the four ports from it, so runs beside others stay apart).
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connectDatabase } from '../../src/app';
import type { Database } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { Config } from '../../src/config';
import { startLocalNeo4j } from '../../src/local-neo4j';
import type { LocalNeo4jHandle } from '../../src/local-neo4j';
import { countGraph, isSeeded, seedAll } from '../../src/seed';
import type { GraphCounts } from '../../src/seed';
import { canonical } from '../canonical';
import { percentile } from '../load';
import { freePort, startServerProcess } from '../processes';
import type { ServerProcess } from '../processes';
import { isAsk, loadQuestions } from '../questions';
import { CASE_CLASSES, fuzzCases } from './cases';
import type { CaseClass, FuzzCase } from './cases';
import { faultOutcome, healthBackAfter, probeLoad } from './faults';
import type { FaultOutcome } from './faults';
import { sendCase } from './send';
import { slowClient } from './slow-client';
import type { SlowClientKind } from './slow-client';

const say = (line: string): void => {
  process.stderr.write(`[reliability] ${line}\n`);
};

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, but it is "${raw}".`);
  return value;
}

const OPTIONS = {
  perClass: envInt('RELIABILITY_FUZZ_PER_CLASS', 200),
  soakSeconds: envInt('RELIABILITY_SOAK_SECONDS', 180),
  warmupSeconds: envInt('RELIABILITY_WARMUP_SECONDS', 60),
  pauseSeconds: envInt('RELIABILITY_PAUSE_SECONDS', 12),
  skip: new Set((process.env.RELIABILITY_SKIP ?? '').split(',').filter(Boolean)),
  neo4jName: process.env.RELIABILITY_NEO4J_NAME || 'reliability',
  portBase: envInt('RELIABILITY_PORT_BASE', 0),
};

/** The n-th port of the run: RELIABILITY_PORT_BASE + n, or any free port. */
function portOf(n: number): Promise<number> {
  return OPTIONS.portBase > 0 ? Promise.resolve(OPTIONS.portBase + n) : freePort();
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const round = (ms: number | undefined): string => (ms === undefined ? '-' : String(Math.round(ms)));

function rssMb(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

function tally(values: readonly (string | number)[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
  return [...counts].sort().map(([value, n]) => `${value}×${n}`).join(' ');
}

// --- Neo4j and the API ---------------------------------------------------------------------

interface Stack {
  readonly config: Config;
  neo4j: LocalNeo4jHandle;
  readonly database: Database;
  readonly apiEnv: Record<string, string>;
}

async function startNeo4j(config: Config): Promise<LocalNeo4jHandle> {
  // A busy 2-core machine has taken over two minutes to start it after a kill (recovery).
  return startLocalNeo4j(config.local, { username: config.neo4j.username, password: config.neo4j.password }, { log: say, readyTimeoutMs: 600_000 });
}

async function startStack(): Promise<Stack> {
  const [boltPort, httpPort] = [await portOf(0), await portOf(1)];
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: '',
    LOCAL_NEO4J_NAME: OPTIONS.neo4jName,
    LOCAL_NEO4J_BOLT_PORT: String(boltPort),
    LOCAL_NEO4J_HTTP_PORT: String(httpPort),
  });
  const neo4j = await startNeo4j(config);
  const settings = { uri: neo4j.uri, username: config.neo4j.username, password: config.neo4j.password };
  const database = await connectDatabase(config, settings, { verifyApiQueries: false });
  const apiEnv = {
    NODE_ENV: 'production',
    SEED_ON_START: 'false',
    NEO4J_URI: neo4j.uri,
    NEO4J_USERNAME: config.neo4j.username,
    NEO4J_PASSWORD: config.neo4j.password,
    NEO4J_DATABASE: config.neo4j.database,
  };
  return { config, neo4j, database, apiEnv };
}

async function startApi(stack: Stack, name: string, n: number): Promise<ServerProcess> {
  return startServerProcess({ name, script: path.join(__dirname, '..', '..', 'src', 'main.js'), port: await portOf(2 + n), env: stack.apiEnv });
}

// --- Seeds at once ---------------------------------------------------------------------------

function runSeedProcess(stack: Stack): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, '..', '..', 'src', 'seed', 'cli.js')], {
      env: { ...process.env, ...stack.apiEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

/** Nodes of one label sharing a key: there must be none. */
const DUPLICATE_KEYS = `
UNWIND [['Province','code'],['Regency','code'],['District','code'],['Village','code'],['Official','id'],['Agency','id'],
        ['Program','id'],['Agreement','id'],['Sector','id'],['Source','id'],['Claim','id']] AS pair
CALL (pair) {
  MATCH (n) WHERE pair[0] IN labels(n)
  RETURN count(n) - count(DISTINCT n[pair[1]]) AS duplicates
}
RETURN sum(duplicates) AS duplicates`;

const EMPTY_GRAPH = 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS';

interface SeedRace {
  readonly exitCodes: string;
  readonly seconds: number;
  readonly sameCounts: boolean;
  readonly duplicateKeys: number;
  readonly differences: string;
}

function countDifferences(expected: GraphCounts, actual: GraphCounts): string {
  const out: string[] = [];
  for (const kind of ['nodes', 'relationships'] as const) {
    for (const key of new Set([...Object.keys(expected[kind]), ...Object.keys(actual[kind])])) {
      if (expected[kind][key] !== actual[kind][key]) out.push(`${key} ${expected[kind][key]}→${actual[kind][key]}`);
    }
  }
  return out.join(', ');
}

/** One seed gives the reference counts; the graph is emptied; two seeds run at once; the counts must be the same. */
async function seedRace(stack: Stack): Promise<SeedRace> {
  const { executor, catalog } = stack.database;
  if (!(await isSeeded(executor))) {
    say('seeding once for the reference counts (a few minutes on a fresh home)');
    await seedAll(executor, catalog);
  }
  const reference = await countGraph(executor);
  say('emptying the graph, then two seeds at once');
  await executor.stream('WRITE', EMPTY_GRAPH, {}, { row: () => undefined });
  const started = performance.now();
  const results = await Promise.all([runSeedProcess(stack), runSeedProcess(stack)]);
  const seconds = (performance.now() - started) / 1000;
  for (const result of results) if (result.code !== 0) say(`a seed failed:\n${result.output}`);
  const after = await countGraph(executor);
  const [row] = await executor.runText('READ', DUPLICATE_KEYS);
  const differences = countDifferences(reference, after);
  return {
    exitCodes: results.map((r) => r.code).join(', '),
    seconds,
    sameCounts: differences === '',
    duplicateKeys: Number(row?.duplicates ?? -1),
    differences,
  };
}

// --- Hostile requests ------------------------------------------------------------------------

interface ClassResult {
  readonly klass: CaseClass;
  readonly count: number;
  readonly worstMs: number;
  readonly worstCase: string;
  readonly statuses: string;
  readonly fiveHundreds: number;
  readonly leaks: number;
  readonly noAnswer: number;
}

/** The request of the issue: its latencies among the hostile requests, sorted. */
const dagLatencies: number[] = [];

async function fuzz(api: ServerProcess): Promise<ClassResult[]> {
  const cases = fuzzCases(OPTIONS.perClass);
  const outcomes = new Map<CaseClass, Array<{ fuzz: FuzzCase; status: number; ms: number; leak: boolean }>>();
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < cases.length; i = next++) {
      const fuzzCase = cases[i];
      const list = outcomes.get(fuzzCase.class) ?? [];
      outcomes.set(fuzzCase.class, list);
      try {
        const outcome = await sendCase(api.baseUrl, fuzzCase);
        list.push({ fuzz: fuzzCase, status: outcome.status, ms: outcome.ms, leak: outcome.leak !== undefined });
        if (fuzzCase.name === 'DAG 24 (the issue)') dagLatencies.push(outcome.ms);
        if (outcome.status >= 500 && outcome.status !== 503) say(`${fuzzCase.class} / ${fuzzCase.name}: HTTP ${outcome.status} ${outcome.body.slice(0, 200)}`);
        if (outcome.leak) say(`${fuzzCase.class} / ${fuzzCase.name}: leaks ${outcome.leak}: ${outcome.body.slice(0, 200)}`);
      } catch (error) {
        list.push({ fuzz: fuzzCase, status: 0, ms: 0, leak: false });
        say(`${fuzzCase.class} / ${fuzzCase.name}: no answer (${(error as Error).message})`);
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, () => worker()));
  return CASE_CLASSES.map((klass) => {
    const list = outcomes.get(klass) ?? [];
    const worst = list.reduce((a, b) => (b.ms > a.ms ? b : a), list[0]);
    return {
      klass,
      count: list.length,
      worstMs: worst?.ms ?? 0,
      worstCase: worst?.fuzz.name ?? '',
      statuses: tally(list.map((o) => o.status)),
      fiveHundreds: list.filter((o) => o.status === 500).length,
      leaks: list.filter((o) => o.leak).length,
      noAnswer: list.filter((o) => o.status === 0).length,
    };
  });
}

/** How long the load goes on after Neo4j is back: a cold Neo4j on a busy machine takes a while to answer quickly. */
const AFTER_FAULT_MS = 60_000;

// --- Faults ----------------------------------------------------------------------------------

/**
 * The answer the faults are checked against. A Neo4j just started (cold caches, a busy
 * machine) may run the first ask past the transaction timeout, so ask up to ten times.
 */
async function referenceAnswer(url: string, body: string): Promise<unknown> {
  for (let attempt = 1; ; attempt += 1) {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const answer = (await response.json()) as { data?: unknown };
    if (response.status === 200 && answer.data) return answer.data;
    if (attempt === 10) throw new Error(`Q1 was not answered in ten attempts (last: HTTP ${response.status}).`);
    await sleep(2_000);
  }
}

async function injectFaults(stack: Stack, api: ServerProcess): Promise<FaultOutcome[]> {
  const q1 = loadQuestions().find((q) => q.id === 'Q1');
  if (!q1 || !isAsk(q1.ours)) throw new Error('The bench question Q1 is missing.');
  const url = `${api.baseUrl}${q1.ours.path}`;
  const ask = q1.ours;
  const canonicalText = (data: unknown): string => JSON.stringify(canonical(ask.normalize(data)));
  const expected = canonicalText(await referenceAnswer(url, ask.body));
  const outcomes: FaultOutcome[] = [];
  // The graceful restart first: its stop checkpoints the store, so the recovery after the kill stays short.
  const faults: Array<[string, () => Promise<void>, () => Promise<void>]> = [
    ['Neo4j restarted (stop, start)', () => stack.neo4j.stop(), async () => {
      stack.neo4j = await startNeo4j(stack.config);
    }],
    [`Neo4j paused (SIGSTOP) for ${OPTIONS.pauseSeconds} s`, async () => {
      process.kill(stack.neo4j.pid, 'SIGSTOP');
    }, async () => {
      await sleep(OPTIONS.pauseSeconds * 1000);
      process.kill(stack.neo4j.pid, 'SIGCONT');
    }],
    ['Neo4j killed (SIGKILL), started again 5 s later', async () => {
      process.kill(stack.neo4j.pid, 'SIGKILL');
    }, async () => {
      await sleep(5_000);
      stack.neo4j = await startNeo4j(stack.config);
    }],
  ];
  for (const [name, fault, recover] of faults) {
    say(name);
    const load = probeLoad(url, ask.body, expected, canonicalText, 4);
    await sleep(3_000);
    const faultAt = load.now();
    await fault();
    await recover();
    const backAt = load.now();
    const healthAfterMs = await healthBackAfter(`${api.baseUrl}/health`, AFTER_FAULT_MS);
    await sleep(Math.max(0, AFTER_FAULT_MS - (load.now() - backAt)));
    await load.stop();
    outcomes.push(faultOutcome(name, load.answers, faultAt, backAt, healthAfterMs));
  }
  return outcomes;
}

// --- Soak ------------------------------------------------------------------------------------

interface SoakResult {
  readonly seconds: number;
  readonly requests: number;
  readonly statuses: string;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly rss: Array<{ name: string; startMb: number; endMb: number }>;
  /** Questions the API refuses with its production limits (the bench raises them), as "Q8 400 QUERY_TOO_DEEP". */
  readonly leftOut: readonly string[];
}

/** Status and first error code of one ask, as the soak tallies them: "200", "400 QUERY_TOO_DEEP", "0" (no answer). */
async function askOnce(baseUrl: string, ask: { path: string; body: string }): Promise<string> {
  try {
    const response = await fetch(`${baseUrl}${ask.path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: ask.body });
    const parsed = JSON.parse(await response.text()) as { errors?: Array<{ extensions?: { code?: string } }> };
    return response.status === 200 ? '200' : `${response.status} ${parsed.errors?.[0]?.extensions?.code ?? ''}`;
  } catch {
    return '0';
  }
}

async function soak(apis: readonly ServerProcess[]): Promise<SoakResult> {
  // The bench runs our server with higher limits (MAX_PAGE_SIZE for Q4, MAX_QUERY_DEPTH for Q8):
  // the soak keeps the questions the production defaults answer, and says which it left out.
  const leftOut: string[] = [];
  const asks: Array<{ path: string; body: string }> = [];
  for (const question of loadQuestions()) {
    if (!isAsk(question.ours)) continue;
    const status = await askOnce(apis[0]?.baseUrl ?? '', question.ours);
    if (status === '200') asks.push(question.ours);
    else leftOut.push(`${question.id} ${status}`);
  }
  const times: number[] = [];
  const statuses: string[] = [];
  let running = true;
  let measuring = false;
  const client = async (i: number): Promise<void> => {
    for (let n = i; running; n++) {
      const ask = asks[n % asks.length];
      const api = apis[i % apis.length];
      const sent = performance.now();
      const status = await askOnce(api.baseUrl, ask);
      if (measuring) {
        times.push(performance.now() - sent);
        statuses.push(status);
      }
    }
  };
  const clients = Array.from({ length: 16 }, (_, i) => client(i));
  say(`soak: ${OPTIONS.warmupSeconds} s warm-up`);
  await sleep(OPTIONS.warmupSeconds * 1000);
  const start = apis.map((api) => rssMb(api.pid));
  measuring = true;
  say(`soak: ${OPTIONS.soakSeconds} s, 16 clients over ${apis.length} API processes`);
  await sleep(OPTIONS.soakSeconds * 1000);
  measuring = false;
  const end = apis.map((api) => rssMb(api.pid));
  running = false;
  await Promise.all(clients);
  times.sort((a, b) => a - b);
  return {
    seconds: OPTIONS.soakSeconds,
    requests: times.length,
    statuses: tally(statuses),
    p50Ms: percentile(times, 0.5),
    p99Ms: percentile(times, 0.99),
    rss: apis.map((api, i) => ({ name: api.name, startMb: start[i], endMb: end[i] })),
    leftOut,
  };
}

// --- Report: one table per part, printed as each part ends -----------------------------------

const print = (lines: readonly string[]): void => {
  process.stdout.write(`${lines.join('\n')}\n\n`);
};

function raceTable(r: SeedRace): string[] {
  return [
    '| seeds at once | exit codes | time | counts equal to one seed | duplicate keys |',
    '|---|---|---|---|---|',
    `| 2 | ${r.exitCodes} | ${r.seconds.toFixed(1)} s | ${r.sameCounts ? 'yes' : `no: ${r.differences}`} | ${r.duplicateKeys} |`,
  ];
}

function classTable(classes: readonly ClassResult[], config: Config): string[] {
  const total = classes.reduce((sum, c) => sum + c.count, 0);
  return [
    `Hostile requests: ${total}, 4 at a time; request deadline ${config.protection.requestTimeoutMs} ms.`,
    '',
    '| class | count | worst latency (ms) | worst case | status codes | 500s | leaks | no answer |',
    '|---|---|---|---|---|---|---|---|',
    ...classes.map((c) => `| ${c.klass} | ${c.count} | ${round(c.worstMs)} | ${c.worstCase} | ${c.statuses} | ${c.fiveHundreds} | ${c.leaks} | ${c.noAnswer} |`),
    '',
    `The 1 KB fragment DAG of the issue (24 levels, 2^24 spreads expanded), sent ${dagLatencies.length} times: ` +
      `median ${round(percentile([...dagLatencies].sort((a, b) => a - b), 0.5))} ms, worst ${round(Math.max(...dagLatencies))} ms (client-side, HTTP included).`,
  ];
}

function slowTable(slow: ReadonlyArray<readonly [SlowClientKind, number, string]>): string[] {
  return ['| slow client | cut off after (ms) | answer |', '|---|---|---|', ...slow.map(([kind, ms, status]) => `| ${kind} | ${round(ms)} | ${status} |`)];
}

function faultTable(faults: readonly FaultOutcome[], apiPids: string): string[] {
  return [
    '| fault (4 clients asking Q1) | first failure after (ms) | next request sent: answered in (ms), status | slowest failed request (ms) | /health 200 after Neo4j back (ms) | first 200 after Neo4j back (ms) | answers (status, code) | wrong answers |',
    '|---|---|---|---|---|---|---|---|',
    ...faults.map(
      (f) =>
        `| ${f.fault} | ${round(f.firstFailureAfterMs)} | ${f.nextRequest ? `${round(f.nextRequest.ms)}, ${f.nextRequest.status}` : '-'} | ${round(f.worstFailureMs)} | ${round(f.healthAfterMs)} | ${round(f.recoveredAfterMs)} | ${Object.entries(f.statuses).map(([s, n]) => `${s}×${n}`).join(', ')} | ${f.wrongAnswers} |`,
    ),
    '',
    `API processes never restarted: ${apiPids}.`,
  ];
}

function soakTable(s: SoakResult): string[] {
  const growth = (r: SoakResult['rss'][number]): string => `${r.startMb.toFixed(0)} → ${r.endMb.toFixed(0)} (${(((r.endMb - r.startMb) / r.startMb) * 100).toFixed(1)}%)`;
  return [
    `| soak | requests | status codes | p50 (ms) | p99 (ms) | ${s.rss.map((r) => `${r.name} RSS start → end (MB)`).join(' | ')} |`,
    `|---|---|---|---|---|${s.rss.map(() => '---').join('|')}|`,
    `| 16 clients, ${s.seconds} s | ${s.requests} | ${s.statuses} | ${round(s.p50Ms)} | ${round(s.p99Ms)} | ${s.rss.map(growth).join(' | ')} |`,
    '',
    s.leftOut.length === 0
      ? 'Every bench question was asked.'
      : `Left out, refused by the production limits the bench raises: ${s.leftOut.join(', ')}.`,
  ];
}

async function main(): Promise<void> {
  say(`starting Neo4j (home ${OPTIONS.neo4jName} in LOCAL_NEO4J_DIR)`);
  const stack = await startStack();
  const apis: ServerProcess[] = [];
  try {
    print([`Run ${new Date().toISOString()} on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), load average ${os.loadavg()[0].toFixed(1)}, Node ${process.version}.`]);
    if (!OPTIONS.skip.has('seed')) print(raceTable(await seedRace(stack)));
    if (!(await isSeeded(stack.database.executor))) await seedAll(stack.database.executor, stack.database.catalog);
    apis.push(await startApi(stack, 'api-a', 0), await startApi(stack, 'api-b', 1));
    const pids = apis.map((api) => api.pid);
    if (!OPTIONS.skip.has('fuzz')) {
      say(`hostile requests: ${OPTIONS.perClass} per class`);
      print(classTable(await fuzz(apis[0]), stack.config));
    }
    if (!OPTIONS.skip.has('slow')) {
      say('slow clients');
      const port = Number(new URL(apis[0].baseUrl).port);
      const kinds: SlowClientKind[] = ['body never sent', 'headers never finished'];
      const outcomes = await Promise.all(kinds.map((kind) => slowClient(port, kind)));
      print(slowTable(kinds.map((kind, i) => [kind, outcomes[i].closedAfterMs, outcomes[i].statusLine ?? 'closed'] as const)));
    }
    if (!OPTIONS.skip.has('faults')) {
      const faults = await injectFaults(stack, apis[0]);
      const same = apis.every((api, i) => api.pid === pids[i] && fs.existsSync(`/proc/${api.pid}`));
      print(faultTable(faults, `${apis.map((api) => `${api.name} pid ${api.pid}`).join(', ')}, ${same ? 'the same and alive after the faults' : 'NOT the same after the faults'}`));
    }
    if (!OPTIONS.skip.has('soak')) print(soakTable(await soak(apis)));
  } finally {
    for (const api of apis) await api.stop();
    await stack.database.close();
    await stack.neo4j.stop();
  }
}

main().catch((error: unknown) => {
  say(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
