/** Small HTTP pieces shared by the peer and the floor servers (child processes of the bench). */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import type { Config } from '../../src/config';
import { createDriver } from '../../src/db/driver';
import { readBody as readApiBody } from '../../src/http/body';

/** Response header carrying the number of Cypher queries the request sent (our server puts it in `extensions`). */
export const ROUND_TRIPS_HEADER = 'x-cypher-round-trips';

/** Request bodies of the benchmark are small GraphQL documents or parameter maps. */
const MAX_BODY_BYTES = 1_000_000;

/** The request body as text, read as the API reads it (src/http/body.ts). */
export function readBody(req: http.IncomingMessage): Promise<string> {
  return readApiBody(req, MAX_BODY_BYTES);
}

export function sendJson(res: http.ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body);
}

/**
 * Configuration and driver of a bench server: the same variables as the API (NEO4J_URI,
 * NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE, PORT) and the same driver settings, so
 * the three servers differ only in how they answer.
 */
export function connect(): { config: Config; driver: Driver } {
  const config = loadConfig();
  if (!config.neo4j.uri) throw new Error('NEO4J_URI must be set: the bench passes the Neo4j it uses to each server.');
  const { uri, username, password } = { ...config.neo4j, uri: config.neo4j.uri };
  return { config, driver: createDriver({ uri, username, password }) };
}

/**
 * Serves `handle` on the configured port, with GET /health (Neo4j reachable) like our API,
 * and stops cleanly on SIGTERM / SIGINT.
 */
export async function serve(
  config: Config,
  driver: Driver,
  handle: (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => Promise<void>,
): Promise<void> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') {
      void driver
        .verifyConnectivity({ database: config.neo4j.database })
        .then(
          () => true,
          () => false,
        )
        .then((up) => sendJson(res, up ? 200 : 503, JSON.stringify({ status: up ? 'ok' : 'unavailable' })));
      return;
    }
    handle(req, res, url).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
      else res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(config.port, resolve));
  const stop = (): void => {
    server.close();
    void driver.close().finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  process.stderr.write(`listening on ${(server.address() as AddressInfo).port}\n`);
}
