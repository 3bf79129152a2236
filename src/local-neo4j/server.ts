/**
 * Starts, finds and stops the project's own Neo4j Community server, the way
 * mongodb-memory-server does for MongoDB, except that the data persists in its home folder.
 * One server per home folder; its pid file lets any process find a server another started.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import type { LocalNeo4jConfig } from '../config';
import { probeBolt, serverComponent } from './bolt';
import type { BoltProbe, LocalNeo4jAuth, ServerComponent } from './bolt';
import { homeLayout, localNeo4jUrls, neo4jEnv, readConfPort, renderNeo4jConf, serverJavaArgs, setPasswordJavaArgs } from './conf';
import type { HomeLayout, LocalNeo4jUrls } from './conf';
import { LocalNeo4jError } from './errors';
import { ensureJars, installedVersions } from './fetch';
import type { Jars, Neo4jVersions } from './fetch';
import { isPortFree } from './port';
import { readPid, removePid, writePid } from './pid-file';
import { checkJava, javaExecutable } from './prerequisites';
import { isAlive, isNeo4jFor, sleep, terminate } from './process';

export interface StartLocalNeo4jOptions {
  /** Progress lines ("Starting…", "ready in 9.1 s"); defaults to stderr. Neo4j's own output goes to `<home>/logs/console.log`. */
  readonly log?: (line: string) => void;
  /**
   * Run the JVM in its own process group, not tied to this process, so it keeps running after
   * this process exits (the CLI's `start`). By default the JVM is sent SIGTERM when this
   * process exits.
   */
  readonly detached?: boolean;
  /** How long to wait for Bolt to answer; default 120 s. */
  readonly readyTimeoutMs?: number;
  /** How long `stop()` waits after SIGTERM before SIGKILL; default 60 s. */
  readonly stopTimeoutMs?: number;
}

export interface LocalNeo4jHandle extends LocalNeo4jUrls {
  readonly username: string;
  readonly password: string;
  readonly pid: number;
  /** False if the server was already running (started by another process); then `stop()` does nothing. */
  readonly startedByUs: boolean;
  readonly homeDir: string;
  /** Stops the server if this call started it; safe to call more than once. */
  stop(): Promise<void>;
}

export interface StopLocalNeo4jOptions {
  readonly log?: (line: string) => void;
  readonly stopTimeoutMs?: number;
}

export interface StopResult {
  readonly wasRunning: boolean;
  readonly pid: number | undefined;
}

export interface LocalNeo4jStatus extends LocalNeo4jUrls {
  readonly running: boolean;
  readonly pid: number | undefined;
  readonly homeDir: string;
  /** The running server's ports (from the conf it started with), otherwise the configured ones. */
  readonly boltPort: number;
  readonly httpPort: number;
  /** Whether Bolt accepts the credentials; undefined when not running or no credentials were given. */
  readonly answering: boolean | undefined;
  /** Version and edition as the server reports them; needs `answering`. */
  readonly server: ServerComponent | undefined;
  /** The versions of the fetched jars, if fetched. */
  readonly jars: Neo4jVersions | undefined;
}

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;
const POLL_MS = 250;
const TAIL_LINES = 20;
/** Community edition's only user at first start; the initial password is set for it. */
const INITIAL_USER = 'neo4j';

function stderrLine(line: string): void {
  process.stderr.write(`${line}\n`);
}

function seconds(sinceMs: number): string {
  return `${((Date.now() - sinceMs) / 1000).toFixed(1)} s`;
}

/** Calls `fn` once; later calls share the first call's promise. */
function once(fn: () => Promise<void>): () => Promise<void> {
  let result: Promise<void> | undefined;
  return () => (result ??= fn());
}

/** The pid of a live server for this home; clears a pid file left by a dead one. */
function runningPid(layout: HomeLayout): number | undefined {
  const pid = readPid(layout.pidFile);
  if (pid === undefined) return undefined;
  if (isNeo4jFor(pid, layout.homeDir)) return pid;
  removePid(layout.pidFile, pid);
  return undefined;
}

/** The ports a running server was started with: its conf is written just before each start. */
function runningPorts(layout: HomeLayout, local: LocalNeo4jConfig): { boltPort: number; httpPort: number } {
  let conf = '';
  try {
    conf = fs.readFileSync(layout.confFile, 'utf8');
  } catch {
    // No conf: nothing better to go on than the configuration.
  }
  return {
    boltPort: readConfPort(conf, 'server.bolt.listen_address') ?? local.boltPort,
    httpPort: readConfPort(conf, 'server.http.listen_address') ?? local.httpPort,
  };
}

function assertInitialUser(auth: LocalNeo4jAuth): void {
  if (auth.username !== INITIAL_USER) {
    throw new LocalNeo4jError(
      'config-mismatch',
      `The project's own Neo4j has the single user "${INITIAL_USER}", so NEO4J_USERNAME must be unset or "${INITIAL_USER}", not "${auth.username}".`,
    );
  }
}

function authError(layout: HomeLayout, detail: string): LocalNeo4jError {
  return new LocalNeo4jError(
    'auth-failed',
    `The local Neo4j in ${layout.homeDir} refused the password of user "${INITIAL_USER}" (${detail}); the password is fixed on the server's first start, so set NEO4J_PASSWORD to that one, or delete ${layout.dataDir} to start again with an empty database.`,
  );
}

type WaitOutcome = BoltProbe | { readonly state: 'exited' } | { readonly state: 'timeout'; readonly detail: string };

/** Polls Bolt until it is ready, refuses the credentials, the process dies, or time runs out. */
async function waitForBolt(uri: string, auth: LocalNeo4jAuth, timeoutMs: number, hasExited: () => boolean): Promise<WaitOutcome> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (hasExited()) return { state: 'exited' };
    const probe = await probeBolt(uri, auth);
    if (probe.state !== 'unavailable') return probe;
    if (Date.now() >= deadline) return { state: 'timeout', detail: probe.detail };
    await sleep(POLL_MS);
  }
}

function noStop(): Promise<void> {
  return Promise.resolve();
}

/** A handle on a server another process started and will stop; waits until it answers. */
async function attachToRunning(local: LocalNeo4jConfig, layout: HomeLayout, auth: LocalNeo4jAuth, timeoutMs: number): Promise<LocalNeo4jHandle | undefined> {
  const pid = runningPid(layout);
  if (pid === undefined) return undefined;
  const ports = runningPorts(layout, local);
  if (ports.boltPort !== local.boltPort || ports.httpPort !== local.httpPort) {
    throw new LocalNeo4jError(
      'config-mismatch',
      `The local Neo4j in ${layout.homeDir} is already running (pid ${pid}) on Bolt port ${ports.boltPort} and HTTP port ${ports.httpPort}, not the configured ${local.boltPort} and ${local.httpPort} (LOCAL_NEO4J_BOLT_PORT, LOCAL_NEO4J_HTTP_PORT); stop it first with \`npm run neo4j:stop\`.`,
    );
  }
  const urls = localNeo4jUrls(local);
  const outcome = await waitForBolt(urls.uri, auth, timeoutMs, () => !isAlive(pid));
  switch (outcome.state) {
    case 'ready':
      return { ...urls, username: auth.username, password: auth.password, pid, startedByUs: false, homeDir: layout.homeDir, stop: noStop };
    case 'exited':
      // It died while starting: start a fresh one.
      removePid(layout.pidFile, pid);
      return undefined;
    case 'refused':
      throw authError(layout, outcome.detail);
    case 'timeout':
      throw new LocalNeo4jError(
        'start-failed',
        `The local Neo4j in ${layout.homeDir} is running (pid ${pid}) but has not answered on ${urls.uri} for ${timeoutMs / 1000} s (${outcome.detail}); see ${layout.consoleLog}, or stop it with \`npm run neo4j:stop\`.`,
      );
  }
}

async function assertPortsFree(local: LocalNeo4jConfig): Promise<void> {
  const wanted = [
    { port: local.boltPort, connector: 'Bolt', variable: 'LOCAL_NEO4J_BOLT_PORT' },
    { port: local.httpPort, connector: 'HTTP', variable: 'LOCAL_NEO4J_HTTP_PORT' },
  ];
  for (const { port, connector, variable } of wanted) {
    if (await isPortFree(port)) continue;
    throw new LocalNeo4jError(
      'port-in-use',
      `Port ${port}, wanted for the local Neo4j's ${connector} connector, is already in use by another program; stop that program or choose another port with ${variable}` +
        (connector === 'Bolt' ? ' (or, if it is a Neo4j 5.26 you want to use, set NEO4J_URI to it).' : '.'),
    );
  }
}

function writeConf(local: LocalNeo4jConfig, layout: HomeLayout): void {
  for (const dir of [layout.confDir, layout.logsDir, layout.runDir]) fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(layout.confFile, renderNeo4jConf(local));
}

/** Runs a short-lived JVM command to completion, keeping the end of its output for errors. */
function runJava(args: readonly string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(javaExecutable(), args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString()).slice(-8_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

/** Only possible before the first start: Neo4j applies it when it creates its system database. */
async function setInitialPassword(layout: HomeLayout, libDir: string, password: string): Promise<void> {
  const { code, output } = await runJava(setPasswordJavaArgs(libDir, password), neo4jEnv(layout));
  if (code !== 0) {
    // The folder was created by the failed attempt; without it the next start tries again.
    fs.rmSync(layout.dataDir, { recursive: true, force: true });
    throw new LocalNeo4jError('start-failed', `Setting the initial Neo4j password failed (exit ${code}): ${lastLines(output)}`);
  }
}

function lastLines(text: string): string {
  return text.trimEnd().split(/\r?\n/).slice(-TAIL_LINES).join('\n');
}

/** The end of what the JVM wrote to console.log since `offset`. */
function consoleTail(layout: HomeLayout, offset: number): string {
  try {
    const text = fs.readFileSync(layout.consoleLog);
    return lastLines(text.subarray(offset).toString());
  } catch {
    return '(no output)';
  }
}

/** Opens console.log for appending, marks where this start's output begins. */
function openConsoleLog(layout: HomeLayout): { fd: number; offset: number } {
  const fd = fs.openSync(layout.consoleLog, 'a');
  fs.writeSync(fd, `\n=== ${new Date().toISOString()} daerah-graph starts Neo4j ===\n`);
  return { fd, offset: fs.fstatSync(fd).size };
}

/** Spawns the JVM, its output going straight to console.log so it never blocks on a pipe. */
async function spawnServer(local: LocalNeo4jConfig, layout: HomeLayout, libDir: string, detached: boolean): Promise<{ child: ChildProcess; pid: number; offset: number }> {
  const { fd, offset } = openConsoleLog(layout);
  try {
    const child = spawn(javaExecutable(), serverJavaArgs(local, libDir), {
      cwd: layout.homeDir,
      env: neo4jEnv(layout),
      detached,
      stdio: ['ignore', fd, fd],
    });
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', reject);
    });
    if (child.pid === undefined) throw new LocalNeo4jError('start-failed', 'The JVM started but reported no process id.');
    if (detached) child.unref();
    return { child, pid: child.pid, offset };
  } finally {
    fs.closeSync(fd);
  }
}

function startFailure(outcome: Exclude<WaitOutcome, { state: 'ready' }>, child: ChildProcess, layout: HomeLayout, offset: number, uri: string, timeoutMs: number): LocalNeo4jError {
  switch (outcome.state) {
    case 'refused':
      return authError(layout, outcome.detail);
    case 'exited':
      return new LocalNeo4jError(
        'start-failed',
        `Neo4j exited (${child.exitCode ?? child.signalCode}) before it was ready; the last lines of ${layout.consoleLog}:\n${consoleTail(layout, offset)}`,
      );
    case 'timeout':
    case 'unavailable':
      return new LocalNeo4jError(
        'start-failed',
        `Neo4j did not answer on ${uri} within ${timeoutMs / 1000} s (${outcome.detail}), so it was stopped; the last lines of ${layout.consoleLog}:\n${consoleTail(layout, offset)}`,
      );
  }
}

async function launch(local: LocalNeo4jConfig, layout: HomeLayout, jars: Jars, auth: LocalNeo4jAuth, options: StartLocalNeo4jOptions, log: (line: string) => void): Promise<LocalNeo4jHandle> {
  const urls = localNeo4jUrls(local);
  const readyTimeoutMs = options.readyTimeoutMs ?? READY_TIMEOUT_MS;
  const stopTimeoutMs = options.stopTimeoutMs ?? STOP_TIMEOUT_MS;
  const started = Date.now();
  log(`Starting Neo4j ${jars.versions.neo4j} in ${layout.homeDir}...`);
  const { child, pid, offset } = await spawnServer(local, layout, jars.libDir, options.detached ?? false);
  writePid(layout.pidFile, pid);
  // An attached server should not outlive a process that ends without calling stop().
  const stopWithProcess = (): void => {
    child.kill('SIGTERM');
  };
  if (!options.detached) process.once('exit', stopWithProcess);
  child.once('exit', () => {
    removePid(layout.pidFile, pid);
    process.off('exit', stopWithProcess);
  });

  const exited = (): boolean => child.exitCode !== null || child.signalCode !== null;
  const outcome = await waitForBolt(urls.uri, auth, readyTimeoutMs, exited);
  if (outcome.state !== 'ready') {
    if (!exited()) await terminate(pid, stopTimeoutMs);
    removePid(layout.pidFile, pid);
    throw startFailure(outcome, child, layout, offset, urls.uri, readyTimeoutMs);
  }
  log(`Neo4j ${jars.versions.neo4j} ready in ${seconds(started)} (pid ${pid}): ${urls.uri}, Browser ${urls.browserUrl}`);

  const stop = once(async () => {
    const stopping = Date.now();
    await terminate(pid, stopTimeoutMs);
    removePid(layout.pidFile, pid);
    process.off('exit', stopWithProcess);
    log(`Neo4j stopped in ${seconds(stopping)}.`);
  });
  return { ...urls, username: auth.username, password: auth.password, pid, startedByUs: true, homeDir: layout.homeDir, stop };
}

/**
 * Returns a running local Neo4j for `local.homeDir`: the one already running if there is one
 * (`startedByUs: false`), otherwise a new one, fetching the jars first if needed. The first
 * start of a home sets the password of user `neo4j` to `auth.password`.
 */
export async function startLocalNeo4j(local: LocalNeo4jConfig, auth: LocalNeo4jAuth, options: StartLocalNeo4jOptions = {}): Promise<LocalNeo4jHandle> {
  const log = options.log ?? stderrLine;
  assertInitialUser(auth);
  const layout = homeLayout(local.homeDir);
  const readyTimeoutMs = options.readyTimeoutMs ?? READY_TIMEOUT_MS;
  const running = await attachToRunning(local, layout, auth, readyTimeoutMs);
  if (running) {
    log(`Neo4j already running in ${layout.homeDir} (pid ${running.pid}): ${running.uri}`);
    return running;
  }
  const jars = await ensureJars(local.baseDir, { log });
  if (!jars.fetched) await checkJava();
  await assertPortsFree(local);
  writeConf(local, layout);
  if (!fs.existsSync(layout.dataDir)) await setInitialPassword(layout, jars.libDir, auth.password);
  return launch(local, layout, jars, auth, options, log);
}

/** Stops the server running for `local.homeDir`, whichever process started it. */
export async function stopLocalNeo4j(local: LocalNeo4jConfig, options: StopLocalNeo4jOptions = {}): Promise<StopResult> {
  const log = options.log ?? stderrLine;
  const layout = homeLayout(local.homeDir);
  const pid = runningPid(layout);
  if (pid === undefined) return { wasRunning: false, pid: undefined };
  const stopping = Date.now();
  await terminate(pid, options.stopTimeoutMs ?? STOP_TIMEOUT_MS);
  removePid(layout.pidFile, pid);
  log(`Neo4j (pid ${pid}) stopped in ${seconds(stopping)}.`);
  return { wasRunning: true, pid };
}

/** What runs for `local.homeDir`; with `auth`, also whether it answers and its version. */
export async function localNeo4jStatus(local: LocalNeo4jConfig, auth?: LocalNeo4jAuth): Promise<LocalNeo4jStatus> {
  const layout = homeLayout(local.homeDir);
  const pid = runningPid(layout);
  const ports = pid === undefined ? local : runningPorts(layout, local);
  const urls = localNeo4jUrls(ports);
  const server = pid !== undefined && auth ? await serverComponent(urls.uri, auth) : undefined;
  return {
    ...urls,
    running: pid !== undefined,
    pid,
    homeDir: layout.homeDir,
    boltPort: ports.boltPort,
    httpPort: ports.httpPort,
    answering: pid !== undefined && auth ? server !== undefined : undefined,
    server,
    jars: installedVersions(local.baseDir),
  };
}
