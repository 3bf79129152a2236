/**
 * Configuration, read from the environment once and validated at start-up.
 * Every variable is listed in `.env.example`; an invalid value stops the process with a
 * sentence that names the variable, rather than failing later on the first request.
 */
import path from 'node:path';
import { projectRoot } from './common/paths';

export type NodeEnv = 'development' | 'production' | 'test';

/** Where the project keeps its own Neo4j when `NEO4J_URI` is not set. */
export interface LocalNeo4jConfig {
  /** Folder holding the fetched jars (`lib/`) and the server homes. */
  readonly baseDir: string;
  /** Home folder of this server: conf, data, logs. */
  readonly homeDir: string;
  readonly boltPort: number;
  readonly httpPort: number;
  readonly heapMb: number;
  readonly pageCacheMb: number;
}

export interface Config {
  readonly nodeEnv: NodeEnv;
  readonly port: number;
  readonly neo4j: {
    /** Undefined means: start and use the project's own server (see `local`). */
    readonly uri: string | undefined;
    readonly username: string;
    readonly password: string;
    readonly database: string;
  };
  readonly local: LocalNeo4jConfig;
  /** Apollo landing page with Sandbox, introspection and stack traces in errors. */
  readonly development: boolean;
  readonly maxPageSize: number;
  /** Deepest field nesting a query may have. */
  readonly maxQueryDepth: number;
  /** Largest estimated cost of a query (each field 1, lists multiplied by their page size). */
  readonly maxQueryComplexity: number;
  /** Seed an empty database before serving. */
  readonly seedOnStart: boolean;
  /** Plan the served queries again whenever Neo4j (re)starts (src/db/warm-up.ts). */
  readonly warmUpPlans: boolean;
  /** The operator's bearer tokens for writes, as hashes (src/auth/tokens.ts); null: none, every write refused. */
  readonly apiTokensFile: string | null;
  /** True: every request needs a known bearer token (any role), reads too; false (default): reads are public. */
  readonly readsNeedToken: boolean;
  /** Frontends: which origins may call the API from a browser, and how long reads may be cached. */
  readonly http: HttpConfig;
  /** What protects the server from one hostile or careless request (README "Limits"). */
  readonly protection: ProtectionConfig;
}

/** `*` lets any page read the public graph (never with credentials); a list allows those origins only. */
export type CorsOrigins = '*' | readonly string[];

export interface HttpConfig {
  readonly corsOrigins: CorsOrigins;
  /** Seconds a successful read may be reused by browsers and shared caches (`Cache-Control: public, max-age`). */
  readonly cacheMaxAge: number;
}

/** Limits on a request's size, shape, time and the server's concurrency; see src/limits and src/http-guards. */
export interface ProtectionConfig {
  readonly maxBodyBytes: number;
  readonly maxTokens: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  readonly maxFragmentSpreads: number;
  readonly maxInputDepth: number;
  readonly maxInputListLength: number;
  readonly maxInputStringLength: number;
  /** Neo4j stops a transaction of the API after this long (QUERY_TIMEOUT). */
  readonly transactionTimeoutMs: number;
  /** The whole request, from its first byte to the answer (REQUEST_TIMEOUT). */
  readonly requestTimeoutMs: number;
  /** A curator's write (ingestSource, retractSource, setStatementRank) is given this long instead of requestTimeoutMs (src/http-guards/deadline.ts). */
  readonly writeTimeoutMs: number;
  /** Node's HTTP server: time to receive the headers, the whole request, and an idle keep-alive socket. */
  readonly headersTimeoutMs: number;
  readonly socketRequestTimeoutMs: number;
  readonly keepAliveTimeoutMs: number;
  /** Requests served at once; more are answered 503 SERVER_BUSY with Retry-After. */
  readonly maxConcurrentRequests: number;
  /** Introspection and "Did you mean" suggestions (default: on in development only). */
  readonly introspection: boolean;
  readonly suggestions: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, but it is "${raw}".`);
  }
  return value;
}

function readBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes)$/i.test(raw)) return true;
  if (/^(0|false|no)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, but it is "${raw}".`);
}

function readNodeEnv(env: Env): NodeEnv {
  const raw = env.NODE_ENV ?? 'development';
  if (raw === 'development' || raw === 'production' || raw === 'test') return raw;
  throw new ConfigError(`NODE_ENV must be development, production or test, but it is "${raw}".`);
}

/** Reads CORS_ORIGINS: `*`, or a comma-separated list of origins such as https://app.example.org. */
function readCorsOrigins(env: Env): CorsOrigins {
  const raw = (env.CORS_ORIGINS ?? '').trim();
  if (raw === '' || raw === '*') return '*';
  const origins = raw.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  for (const origin of origins) {
    if (!isOrigin(origin)) {
      throw new ConfigError(`CORS_ORIGINS must be * or a comma-separated list of origins such as https://app.example.org (scheme, host and port only), but it contains "${origin}".`);
    }
  }
  return origins;
}

function isOrigin(text: string): boolean {
  try {
    return new URL(text).origin === text;
  } catch {
    return false;
  }
}

/** Builds the configuration from an environment; pure, so tests can pass their own. */
export function loadConfig(env: Env = process.env, root: string = projectRoot()): Config {
  const nodeEnv = readNodeEnv(env);
  const uri = env.NEO4J_URI === '' ? undefined : env.NEO4J_URI;
  if (uri !== undefined && !/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/.test(uri)) {
    throw new ConfigError(`NEO4J_URI must be a Bolt URI such as bolt://localhost:7687 or neo4j+s://host, but it is "${uri}".`);
  }
  const password = env.NEO4J_PASSWORD ?? (uri === undefined ? 'daerah-graph-local' : '');
  if (password.length < 8) {
    throw new ConfigError('NEO4J_PASSWORD must be set, with at least 8 characters (Neo4j refuses shorter ones).');
  }
  const baseDir = path.resolve(root, env.LOCAL_NEO4J_DIR ?? '.neo4j');
  const boltPort = readInt(env, 'LOCAL_NEO4J_BOLT_PORT', 7687, 1, 65535);
  const httpPort = readInt(env, 'LOCAL_NEO4J_HTTP_PORT', 7474, 1, 65535);
  if (boltPort === httpPort) {
    throw new ConfigError('LOCAL_NEO4J_BOLT_PORT and LOCAL_NEO4J_HTTP_PORT must differ.');
  }
  const development = readBool(env, 'GRAPHQL_DEVELOPMENT', nodeEnv !== 'production');
  return {
    nodeEnv,
    port: readInt(env, 'PORT', 4000, 0, 65535),
    neo4j: {
      uri,
      username: env.NEO4J_USERNAME ?? 'neo4j',
      password,
      database: env.NEO4J_DATABASE ?? 'neo4j',
    },
    local: {
      baseDir,
      homeDir: path.join(baseDir, env.LOCAL_NEO4J_NAME ?? 'server'),
      boltPort,
      httpPort,
      heapMb: readInt(env, 'LOCAL_NEO4J_HEAP_MB', 2048, 256, 16384),
      pageCacheMb: readInt(env, 'LOCAL_NEO4J_PAGECACHE_MB', 1024, 64, 16384),
    },
    development,
    maxPageSize: readInt(env, 'MAX_PAGE_SIZE', 100, 1, 10000),
    maxQueryDepth: readInt(env, 'MAX_QUERY_DEPTH', 6, 2, 100),
    maxQueryComplexity: readInt(env, 'MAX_QUERY_COMPLEXITY', 500000, 10, 100000000),
    seedOnStart: readBool(env, 'SEED_ON_START', true),
    warmUpPlans: readBool(env, 'NEO4J_WARM_UP', true),
    apiTokensFile: env.API_TOKENS_FILE?.trim() || null,
    readsNeedToken: readBool(env, 'READS_NEED_TOKEN', false),
    http: {
      corsOrigins: readCorsOrigins(env),
      cacheMaxAge: readInt(env, 'CACHE_MAX_AGE', 60, 0, 31536000),
    },
    protection: readProtection(env, development),
  };
}

function readProtection(env: Env, development: boolean): ProtectionConfig {
  const protection: ProtectionConfig = {
    maxBodyBytes: readInt(env, 'MAX_BODY_BYTES', 102_400, 1_024, 100_000_000),
    maxTokens: readInt(env, 'MAX_QUERY_TOKENS', 1_000, 10, 1_000_000),
    maxAliases: readInt(env, 'MAX_QUERY_ALIASES', 15, 0, 10_000),
    maxDirectives: readInt(env, 'MAX_QUERY_DIRECTIVES', 50, 0, 10_000),
    maxFragmentSpreads: readInt(env, 'MAX_FRAGMENT_SPREADS', 100, 0, 1_000_000),
    maxInputDepth: readInt(env, 'MAX_INPUT_DEPTH', 12, 2, 1_000),
    maxInputListLength: readInt(env, 'MAX_INPUT_LIST_LENGTH', 100, 1, 1_000_000),
    maxInputStringLength: readInt(env, 'MAX_INPUT_STRING_LENGTH', 1_000, 16, 10_000_000),
    transactionTimeoutMs: readInt(env, 'NEO4J_TRANSACTION_TIMEOUT_MS', 5_000, 100, 3_600_000),
    requestTimeoutMs: readInt(env, 'REQUEST_TIMEOUT_MS', 10_000, 100, 3_600_000),
    writeTimeoutMs: readInt(env, 'WRITE_TIMEOUT_MS', 300_000, 1_000, 3_600_000),
    headersTimeoutMs: readInt(env, 'HTTP_HEADERS_TIMEOUT_MS', 10_000, 100, 3_600_000),
    socketRequestTimeoutMs: readInt(env, 'HTTP_REQUEST_TIMEOUT_MS', 30_000, 100, 3_600_000),
    keepAliveTimeoutMs: readInt(env, 'HTTP_KEEP_ALIVE_TIMEOUT_MS', 5_000, 100, 3_600_000),
    maxConcurrentRequests: readInt(env, 'MAX_CONCURRENT_REQUESTS', 64, 1, 100_000),
    introspection: readBool(env, 'GRAPHQL_INTROSPECTION', development),
    suggestions: readBool(env, 'GRAPHQL_SUGGESTIONS', development),
  };
  if (protection.transactionTimeoutMs >= protection.requestTimeoutMs) {
    throw new ConfigError('NEO4J_TRANSACTION_TIMEOUT_MS must be below REQUEST_TIMEOUT_MS, so a slow query is stopped before its request gives up on it.');
  }
  if (protection.headersTimeoutMs > protection.socketRequestTimeoutMs) {
    throw new ConfigError('HTTP_HEADERS_TIMEOUT_MS must not be above HTTP_REQUEST_TIMEOUT_MS (Node refuses that combination).');
  }
  return protection;
}
