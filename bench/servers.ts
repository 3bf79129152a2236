/**
 * Starting the bench's servers and asking them a question once: shared by the head-to-head
 * (bench/run.ts) and the cost curve (bench/cost-curve.ts).
 */
import path from 'node:path';
import type { Config } from '../src/config';
import type { Neo4jTarget } from '../src/db/connection';
import { canonical } from './canonical';
import type { Canonical } from './canonical';
import { freePort, startServerProcess } from './processes';
import type { ServerProcess } from './processes';
import type { Ask, ServerName } from './questions';
import { ROUND_TRIPS_HEADER } from './servers/http';

const say = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** Our server's page-size cap for the bench: Q4 asks for all 514 regencies in one page. */
export const BENCH_MAX_PAGE_SIZE = '1000';
/** Q4 nests two connections (7 levels) and Q8 three levels of lists under a province (9), more than the default depth limit (6) allows. */
export const BENCH_MAX_QUERY_DEPTH = '9';

/** The three servers' entry points, beside this file once compiled (dist/bench). */
function scriptOf(server: ServerName): string {
  switch (server) {
    case 'ours':
      return path.join(__dirname, '..', 'src', 'main.js');
    case 'peer':
      return path.join(__dirname, 'servers', 'peer.js');
    case 'floor':
      return path.join(__dirname, 'servers', 'floor.js');
  }
}

export async function startServers(servers: readonly ServerName[], config: Config, target: Neo4jTarget): Promise<Map<ServerName, ServerProcess>> {
  const shared = {
    NODE_ENV: 'production',
    NEO4J_URI: target.settings.uri,
    NEO4J_USERNAME: target.settings.username,
    NEO4J_PASSWORD: target.settings.password,
    NEO4J_DATABASE: config.neo4j.database,
  };
  const extra: Record<ServerName, Record<string, string>> = {
    ours: { SEED_ON_START: 'false', MAX_PAGE_SIZE: BENCH_MAX_PAGE_SIZE, MAX_QUERY_DEPTH: BENCH_MAX_QUERY_DEPTH, GRAPHQL_DEVELOPMENT: 'false' },
    peer: {},
    floor: {},
  };
  const running = new Map<ServerName, ServerProcess>();
  try {
    for (const name of servers) {
      const port = await freePort();
      const readyWhen = name === 'ours' ? /query plans warmed/ : undefined;
      const server = await startServerProcess({ name, script: scriptOf(name), port, env: { ...shared, ...extra[name] }, readyWhen });
      say(`${name} server: pid ${server.pid}, ${server.baseUrl}`);
      running.set(name, server);
    }
  } catch (error) {
    await Promise.all([...running.values()].map((s) => s.stop()));
    throw error;
  }
  return running;
}

export interface Answer {
  /** The question's shared shape, canonical; undefined when the request failed. */
  readonly value?: Canonical;
  /** Why there is no value: HTTP status, GraphQL errors. */
  readonly failure?: string;
  readonly roundTrips: number | null;
}

/** Asks one server one question once, as the load generator will. */
export async function ask(server: ServerProcess, name: ServerName, question: Ask): Promise<Answer> {
  const response = await fetch(`${server.baseUrl}${question.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: question.body,
  });
  const text = await response.text();
  const header = response.headers.get(ROUND_TRIPS_HEADER);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { failure: `HTTP ${response.status}, not JSON: ${text.slice(0, 200)}`, roundTrips: null };
  }
  if (name === 'floor') {
    if (!response.ok) return { failure: `HTTP ${response.status}: ${text.slice(0, 300)}`, roundTrips: null };
    return { value: canonical(question.normalize(json)), roundTrips: header === null ? null : Number(header) };
  }
  const body = json as { data?: unknown; errors?: Array<{ message: string }>; extensions?: { cypherRoundTrips?: number } };
  const roundTrips = body.extensions?.cypherRoundTrips ?? (header === null ? null : Number(header));
  if (body.errors?.length || !response.ok || body.data === undefined || body.data === null) {
    const messages = body.errors?.map((e) => e.message).join('; ') ?? 'no data';
    return { failure: `HTTP ${response.status}: ${messages.slice(0, 300)}`, roundTrips };
  }
  return { value: canonical(question.normalize(body.data)), roundTrips };
}

