/**
 * What the local server is told: its `neo4j.conf` and the JVM command line. Pure, so the
 * unit tests can read them without a JVM.
 */
import path from 'node:path';
import type { LocalNeo4jConfig } from '../config';

/** The folders and files of one server home. */
export interface HomeLayout {
  readonly homeDir: string;
  readonly confDir: string;
  readonly confFile: string;
  readonly dataDir: string;
  readonly logsDir: string;
  readonly runDir: string;
  readonly pidFile: string;
  /** The JVM's stdout and stderr. */
  readonly consoleLog: string;
}

export function homeLayout(homeDir: string): HomeLayout {
  const confDir = path.join(homeDir, 'conf');
  const logsDir = path.join(homeDir, 'logs');
  const runDir = path.join(homeDir, 'run');
  return {
    homeDir,
    confDir,
    confFile: path.join(confDir, 'neo4j.conf'),
    dataDir: path.join(homeDir, 'data'),
    logsDir,
    runDir,
    pidFile: path.join(runDir, 'daerah-neo4j.pid'),
    consoleLog: path.join(logsDir, 'console.log'),
  };
}

/** Where clients reach the server. `localhost`, as advertised, so the Browser follows it. */
export interface LocalNeo4jUrls {
  readonly uri: string;
  readonly httpUrl: string;
  readonly browserUrl: string;
}

export function localNeo4jUrls(ports: { readonly boltPort: number; readonly httpPort: number }): LocalNeo4jUrls {
  const httpUrl = `http://localhost:${ports.httpPort}`;
  return { uri: `bolt://localhost:${ports.boltPort}`, httpUrl, browserUrl: `${httpUrl}/browser/` };
}

/** Neo4j reads `\` in its conf as an escape, so paths are written with `/` everywhere. */
function confPath(p: string): string {
  return p.split(path.sep).join('/');
}

/** The complete `neo4j.conf`; anything not named keeps Neo4j's default. */
export function renderNeo4jConf(local: LocalNeo4jConfig): string {
  const layout = homeLayout(local.homeDir);
  const settings: ReadonlyArray<readonly [string, string]> = [
    // Loopback only: this server has a well-known password and is for this machine alone.
    ['server.default_listen_address', '127.0.0.1'],
    ['server.bolt.listen_address', `127.0.0.1:${local.boltPort}`],
    // The Browser connects to the advertised Bolt address, so it must carry the real port.
    ['server.bolt.advertised_address', `localhost:${local.boltPort}`],
    ['server.http.listen_address', `127.0.0.1:${local.httpPort}`],
    ['server.http.advertised_address', `localhost:${local.httpPort}`],
    ['server.https.enabled', 'false'],
    // Stated, not left to defaults: a password is required, and nothing is reported home,
    // neither by the server (usage report) nor by the Browser it serves (telemetry).
    ['dbms.security.auth_enabled', 'true'],
    ['dbms.usage_report.enabled', 'false'],
    ['client.allow_telemetry', 'false'],
    // Transaction timeouts are enforced by a monitor that wakes every 2 s by default, so a
    // request's 5 s timeout could stretch to 7 s; checking more often keeps it near 5 s.
    ['db.transaction.monitor.check.interval', '500ms'],
    // Netty waits 5 s of quiet, twice, before letting the JVM exit; the databases are already
    // checkpointed and closed by then, so waiting only slows every stop by ten seconds.
    ['internal.dbms.bolt.netty_server_shutdown_quiet_period', '0'],
    // Read by Neo4j's own scripts only; written so the file describes the running server.
    ['server.memory.heap.initial_size', `${local.heapMb}m`],
    ['server.memory.heap.max_size', `${local.heapMb}m`],
    ['server.memory.pagecache.size', `${local.pageCacheMb}m`],
    ['server.directories.data', confPath(layout.dataDir)],
    ['server.directories.logs', confPath(layout.logsDir)],
    ['server.directories.run', confPath(layout.runDir)],
  ];
  const header = [
    '# Written by src/local-neo4j on every start, from the LOCAL_NEO4J_* variables;',
    '# edits here are overwritten.',
  ];
  return [...header, ...settings.map(([key, value]) => `${key}=${value}`), ''].join('\n');
}

/** The value of one setting in a `neo4j.conf` text (the last one wins, as in Neo4j). */
export function readConfSetting(confText: string, key: string): string | undefined {
  let value: string | undefined;
  for (const line of confText.split(/\r?\n/)) {
    const match = /^\s*([^#=\s][^=]*?)\s*=\s*(.*?)\s*$/.exec(line);
    if (match && match[1] === key) value = match[2];
  }
  return value;
}

/** The port of a `host:port` listen-address setting. */
export function readConfPort(confText: string, key: string): number | undefined {
  const match = /:(\d+)$/.exec(readConfSetting(confText, key) ?? '');
  return match ? Number(match[1]) : undefined;
}

/** JVM flags from the official Neo4j 5.26 `neo4j.conf`, minus AlwaysPreTouch (slow starts). */
const NEO4J_JVM_FLAGS: readonly string[] = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

/** The arguments after `java` that run the server in the foreground of its process. */
export function serverJavaArgs(local: LocalNeo4jConfig, libDir: string): string[] {
  const layout = homeLayout(local.homeDir);
  return [
    '-cp',
    path.join(libDir, '*'),
    `-Xms${local.heapMb}m`,
    `-Xmx${local.heapMb}m`,
    ...NEO4J_JVM_FLAGS,
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${layout.homeDir}`,
    `--config-dir=${layout.confDir}`,
    '--console-mode',
  ];
}

/** The arguments after `java` that set the password of user `neo4j` before the first start. */
export function setPasswordJavaArgs(libDir: string, password: string): string[] {
  return ['-cp', path.join(libDir, '*'), 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password];
}

/** Environment for the JVM: Neo4j finds its home and conf through these, as its scripts set them. */
export function neo4jEnv(layout: HomeLayout, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...base, NEO4J_HOME: layout.homeDir, NEO4J_CONF: layout.confDir };
}
