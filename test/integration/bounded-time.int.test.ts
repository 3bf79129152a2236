import http from 'node:http';
import { slowClient } from '../../bench/reliability/slow-client';
import { useTestApi } from '../helpers/api';

/**
 * Time is bounded: small limits here so the test is quick; the defaults are in the README.
 * Nothing below asserts a duration: each case waits for the server to act, and jest's timeout
 * fails the test if it never does.
 */
const api = useTestApi({
  NODE_ENV: 'production',
  HTTP_HEADERS_TIMEOUT_MS: '800',
  HTTP_REQUEST_TIMEOUT_MS: '1500',
  REQUEST_TIMEOUT_MS: '1200',
  NEO4J_TRANSACTION_TIMEOUT_MS: '100',
  MAX_CONCURRENT_REQUESTS: '2',
});

/** Starts a POST whose body never comes: it holds one of the server's request slots until cut off. */
function hangingRequest(): { response: Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>; abort: () => void } {
  const request = http.request(api.server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '1000' } });
  request.write('{"query":');
  const response = new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    request.on('response', (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    request.on('error', reject);
  });
  return { response, abort: () => request.destroy() };
}

describe('slow clients are cut off', () => {
  it('closes a socket whose body never comes, with 408 or the request deadline', async () => {
    const outcome = await slowClient(api.server.port, 'body never sent');
    expect(outcome.statusLine).toMatch(/^HTTP\/1\.1 (408|503)/);
  });

  it('closes a socket whose headers never finish', async () => {
    const outcome = await slowClient(api.server.port, 'headers never finished');
    expect(outcome.statusLine ?? 'closed').toMatch(/^(HTTP\/1\.1 408|closed)/);
  });
});

describe('the request deadline and the concurrency cap', () => {
  it('answers 503 REQUEST_TIMEOUT with the request id when a request outlives REQUEST_TIMEOUT_MS', async () => {
    const hanging = hangingRequest();
    const { status, body, headers } = await hanging.response;
    expect(status).toBe(503);
    const error = (JSON.parse(body) as { errors: Array<{ extensions: { code: string; requestId: string } }> }).errors[0];
    expect(error.extensions.code).toBe('REQUEST_TIMEOUT');
    expect(error.extensions.requestId).toBe(headers['x-request-id']);
  });

  it('answers 503 SERVER_BUSY with Retry-After beyond MAX_CONCURRENT_REQUESTS, and serves again after', async () => {
    const hanging = [hangingRequest(), hangingRequest()];
    await new Promise((resolve) => setTimeout(resolve, 100));
    const busy = await fetch(api.server.url.replace('/graphql', '/health'));
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('1');
    expect(((await busy.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('SERVER_BUSY');
    for (const request of hanging) request.abort();
    await Promise.allSettled(hanging.map((request) => request.response));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await fetch(api.server.url.replace('/graphql', '/health'))).status).toBe(200);
  });
});

describe('the Neo4j transaction timeout', () => {
  it('stops a slow Cypher query and answers 503 QUERY_TIMEOUT', async () => {
    // 90 substring searches over 83,763 village names: seconds of work, far past 100 ms and
    // past Neo4j's timeout monitor (every 500 ms), however fast the machine.
    const where = { OR: Array.from({ length: 90 }, (_, i) => ({ name: { contains: `zq${i}` } })) };
    const response = await api.query('query ($where: VillageWhere) { villages(first: 5, where: $where) { totalCount } }', { where });
    expect(response.status).toBe(503);
    expect(response.errors?.[0].extensions?.code).toBe('QUERY_TIMEOUT');
  });
});
