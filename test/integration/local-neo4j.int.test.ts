/**
 * Starts a real, throw-away local Neo4j on its own ports and home (not the tests' shared
 * server): fresh start, reuse, Browser, stop, and data kept across a restart.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import type { LocalNeo4jConfig } from '../../src/config';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../../src/local-neo4j';
import type { LocalNeo4jAuth, LocalNeo4jHandle } from '../../src/local-neo4j';
import { isPortFree } from '../../src/local-neo4j/port';

// 100 above the tests' own Neo4j, so two test runs with their own ports (TEST_NEO4J_BOLT_PORT)
// on one machine do not start or reuse each other's server here.
const BOLT_PORT = Number(process.env.TEST_NEO4J_BOLT_PORT ?? 17687) + 100;
const HTTP_PORT = Number(process.env.TEST_NEO4J_HTTP_PORT ?? 17474) + 100;

jest.setTimeout(180_000);

const config = loadConfig({
  LOCAL_NEO4J_BOLT_PORT: String(BOLT_PORT),
  LOCAL_NEO4J_HTTP_PORT: String(HTTP_PORT),
  LOCAL_NEO4J_HEAP_MB: '512',
  LOCAL_NEO4J_PAGECACHE_MB: '128',
});
const auth: LocalNeo4jAuth = { username: config.neo4j.username, password: config.neo4j.password };
const homeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'daerah-local-neo4j-'));
const local: LocalNeo4jConfig = { ...config.local, homeDir };
const quiet = { log: (): void => undefined };

async function query<T>(handle: LocalNeo4jHandle, cypher: string, column: string): Promise<T> {
  const driver = neo4j.driver(handle.uri, neo4j.auth.basic(handle.username, handle.password), { disableLosslessIntegers: true });
  try {
    const { records } = await driver.executeQuery(cypher);
    return records[0].get(column) as T;
  } finally {
    await driver.close();
  }
}

function listen(port: number): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

describe('the local Neo4j server', () => {
  let first: LocalNeo4jHandle | undefined;
  let restarted: LocalNeo4jHandle | undefined;

  beforeAll(async () => {
    first = await startLocalNeo4j(local, auth, quiet);
  });

  afterAll(async () => {
    await restarted?.stop();
    await first?.stop();
    await stopLocalNeo4j(local, quiet);
    fs.rmSync(homeDir, { recursive: true, force: true });
  });

  it('starts fresh with the configured password and answers Cypher', async () => {
    const handle = first as LocalNeo4jHandle;
    expect(handle).toMatchObject({ startedByUs: true, uri: `bolt://localhost:${BOLT_PORT}`, homeDir });
    expect(await query<number>(handle, 'RETURN 1 AS one', 'one')).toBe(1);
  });

  it('reuses the running server instead of starting a second one', async () => {
    const again = await startLocalNeo4j(local, auth, quiet);
    expect(again).toMatchObject({ startedByUs: false, pid: first?.pid });
    await again.stop();
    expect(await query<number>(again, 'RETURN 1 AS one', 'one')).toBe(1);
  });

  it('serves the Neo4j Browser', async () => {
    const response = await fetch((first as LocalNeo4jHandle).browserUrl);
    expect(response.status).toBe(200);
  });

  it('reports its status, version included', async () => {
    const status = await localNeo4jStatus(local, auth);
    expect(status).toMatchObject({ running: true, pid: first?.pid, boltPort: BOLT_PORT, httpPort: HTTP_PORT, answering: true });
    expect(status.server?.version).toMatch(/^5\.26\./);
  });

  it('names the port and its variable when another program holds the Bolt port', async () => {
    const squatter = await listen(BOLT_PORT + 1);
    try {
      const elsewhere: LocalNeo4jConfig = { ...local, homeDir: path.join(homeDir, 'other'), boltPort: BOLT_PORT + 1, httpPort: HTTP_PORT + 1 };
      await expect(startLocalNeo4j(elsewhere, auth, quiet)).rejects.toMatchObject({
        reason: 'port-in-use',
        message: expect.stringMatching(new RegExp(`${BOLT_PORT + 1}.*LOCAL_NEO4J_BOLT_PORT`)),
      });
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });

  it('stops, frees its ports, and keeps its data across a restart', async () => {
    const handle = first as LocalNeo4jHandle;
    await query(handle, "CREATE (n:LocalNeo4jProbe {note: 'kept'}) RETURN count(n) AS created", 'created');
    await handle.stop();

    expect(await isPortFree(BOLT_PORT)).toBe(true);
    expect(await isPortFree(HTTP_PORT)).toBe(true);
    expect(await localNeo4jStatus(local)).toMatchObject({ running: false, pid: undefined });

    restarted = await startLocalNeo4j(local, auth, quiet);
    expect(restarted.startedByUs).toBe(true);
    expect(await query<number>(restarted, 'MATCH (n:LocalNeo4jProbe) RETURN count(n) AS count', 'count')).toBe(1);
    await restarted.stop();
    expect(await isPortFree(BOLT_PORT)).toBe(true);
  });
});
