import 'reflect-metadata';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { CypherCatalog } from '../../src/db/cypher-catalog';
import { createDriver } from '../../src/db/driver';
import { Executor } from '../../src/db/executor';
import { startServer } from '../../src/server';
import type { RunningServer } from '../../src/server';
import { postGraphQL, startTestApi } from '../helpers/api';
import type { TestApi } from '../helpers/api';
import { isPortFree } from '../../src/local-neo4j/port';

const quiet = { ...console, error: () => undefined };

describe('when Neo4j does not answer', () => {
  let server: RunningServer;
  let close: () => Promise<void>;

  beforeAll(async () => {
    // A real driver aimed at a loopback port where nothing listens: the failure is real.
    const deadPort = 17999;
    expect(await isPortFree(deadPort)).toBe(true);
    const config = loadConfig({ ...process.env, PORT: '0', NODE_ENV: 'production' });
    const driver = createDriver({ uri: `bolt://127.0.0.1:${deadPort}`, username: 'neo4j', password: 'irrelevant' });
    const executor = new Executor(driver, 'neo4j', CypherCatalog.load(path.resolve(__dirname, '../../cypher')));
    server = await startServer(config, executor, quiet);
    close = async () => {
      await server.stop();
      await driver.close();
    };
  });
  afterAll(() => close());

  it('answers SERVICE_UNAVAILABLE with a clear message and no stack trace', async () => {
    const response = await postGraphQL(server.url, '{ regency(code: "36.04") { name } }');
    expect(response.status).toBe(503);
    expect(response.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(response.errors?.[0].message).toBe('The graph database (Neo4j) is not answering; try again shortly.');
    expect(response.errors?.[0].extensions).not.toHaveProperty('stacktrace');
    expect(response.data).toEqual({ regency: null });
  });

  it('says so on /health with HTTP 503', async () => {
    const response = await fetch(server.url.replace('/graphql', '/health'));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.json()).toMatchObject({ status: 'unavailable', neo4j: 'down', reason: 'connection refused' });
  });
});

describe('errors of a healthy server', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ NODE_ENV: 'production' });
  });
  afterAll(() => api.close());

  it('reports health OK', async () => {
    const response = await fetch(api.server.url.replace('/graphql', '/health'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', neo4j: 'up' });
  });

  it('rejects an unknown field with GRAPHQL_VALIDATION_FAILED before any Cypher runs', async () => {
    const response = await api.query('{ regency(code: "36.04") { population } }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('gives BAD_USER_INPUT for malformed ids, codes and empty searches', async () => {
    for (const query of [
      '{ official(id: "Ratu Tatu") { name } }',
      '{ village(code: "36.04.01") { name } }',
      '{ regencies(provinceCode: "Banten", first: 1) { totalCount } }',
      '{ search(query: "  ?! ") { score } }',
    ]) {
      const response = await api.query(query);
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('answers a plain 404 off the API paths', async () => {
    const response = await fetch(api.server.url.replace('/graphql', '/nowhere'));
    expect(response.status).toBe(404);
  });
});
