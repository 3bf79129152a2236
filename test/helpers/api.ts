import 'reflect-metadata';
import { connectDatabase } from '../../src/app';
import type { Database } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { Config } from '../../src/config';
import { startServer } from '../../src/server';
import type { RunningServer } from '../../src/server';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }>;
  extensions?: { cypherRoundTrips?: number; cypherTransactions?: number };
}

/** The real HTTP server on a free port, talking to the tests' Neo4j (see global-setup.ts). */
export interface TestApi {
  readonly config: Config;
  readonly database: Database;
  readonly server: RunningServer;
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

const quiet = { ...console, error: () => undefined };

/**
 * Time limits for tests that do not test them: a shared, busy machine may run a query of
 * 50 ms for seconds, and a test that asserts an answer must not fail on the production
 * deadlines. Tests of the limits themselves pass their own values in `env`.
 */
const PATIENT = { NEO4J_TRANSACTION_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '90000' };

/** The plan warm-up's EXPLAINs would only add load to the shared machine; its own test turns it on. */
const NO_WARM_UP = { NEO4J_WARM_UP: 'false' };

/** Starts the API for one test file; `env` overrides variables (e.g. NODE_ENV=production). */
export async function startTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const config = loadConfig({ ...process.env, PORT: '0', ...PATIENT, ...NO_WARM_UP, ...env });
  if (!config.neo4j.uri) throw new Error('NEO4J_URI is not set: the jest global setup should have set it.');
  const database = await connectDatabase(config, { ...config.neo4j, uri: config.neo4j.uri });
  const server = await startServer(config, database.executor, quiet);
  return {
    config,
    database,
    server,
    query: (query, variables) => postGraphQL(server.url, query, variables),
    async close() {
      await server.stop();
      await database.close();
    },
  };
}

/**
 * True when fetch sent a request on a kept-alive socket the server was closing as idle at that
 * moment (undici: "other side closed"): the request never reached the server. Browsers retry
 * such a request on a new connection; Node's fetch does not for a POST.
 */
function isClosedIdleSocket(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  return cause?.code === 'UND_ERR_SOCKET' || cause?.message === 'other side closed';
}

/** POSTs a GraphQL request the way a browser client would (retrying once, as a browser does, on a closed idle socket). */
export async function postGraphQL<T>(url: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  const send = (): Promise<Response> =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const response = await send().catch((error: unknown) => {
    if (isClosedIdleSocket(error)) return send();
    throw error;
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body };
}

/** Returns `data`, failing the test with the errors' messages when there are any. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) {
    throw new Error(`GraphQL errors: ${response.errors.map((e) => `${e.message} [${e.extensions?.code}]`).join('; ')}`);
  }
  if (!response.data) throw new Error(`No data in the response (HTTP ${response.status}).`);
  return response.data;
}

/**
 * The answer with every connection read through `nodes` alone (an object whose one field,
 * __typename aside, is `nodes`) as its plain list: for tests about what lists hold, not how they page (those are
 * in connections.int.test.ts and nested-connections.int.test.ts).
 */
export function plainLists<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => plainLists(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  // Apollo Client adds __typename to every selection.
  const fields = entries.filter(([key]) => key !== '__typename');
  if (fields.length === 1 && fields[0][0] === 'nodes' && Array.isArray(fields[0][1])) return plainLists(fields[0][1]) as T;
  return Object.fromEntries(entries.map(([key, item]) => [key, plainLists(item)])) as T;
}

/** dataOf, with the connections read through `nodes` alone as plain lists (plainLists). */
export function listDataOf<T>(response: GraphQLResponse<T>): T {
  return plainLists(dataOf(response));
}

/**
 * Starts the API before a test file's tests and stops it after them; the returned object
 * forwards to it, so a file needs one line instead of its own beforeAll/afterAll.
 */
export function useTestApi(env: Record<string, string> = {}): TestApi {
  let started: TestApi | undefined;
  beforeAll(async () => {
    started = await startTestApi(env);
  });
  afterAll(async () => {
    await started?.close();
  });
  const get = (): TestApi => {
    if (!started) throw new Error('The test API is used before its beforeAll started it.');
    return started;
  };
  return {
    get config() {
      return get().config;
    },
    get database() {
      return get().database;
    },
    get server() {
      return get().server;
    },
    query: (query, variables) => get().query(query, variables),
    close: () => get().close(),
  };
}
