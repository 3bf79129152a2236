import { createHash } from 'node:crypto';
import { startTestApi, useTestApi } from '../helpers/api';
import type { TestApi } from '../helpers/api';

/** The requests frontends send by default, through the real server: CORS, GET, caching, persisted queries. */
const api = useTestApi({ CACHE_MAX_AGE: '30' });

const QUERY = '{ regency(code: "36.04") { name } }';

function getUrl(params: Record<string, string>): string {
  return `${api.server.url}?${new URLSearchParams(params).toString()}`;
}

async function errorCode(response: Response): Promise<string | undefined> {
  const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
  return body.errors?.[0]?.extensions?.code;
}

describe('preflight (OPTIONS)', () => {
  it('is answered 204 with the allowed methods and headers, for any origin by default', async () => {
    const response = await fetch(api.server.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    expect(response.headers.get('access-control-allow-headers')).toContain('content-type');
  });

  describe('with CORS_ORIGINS listing origins', () => {
    let listing: TestApi;
    beforeAll(async () => {
      listing = await startTestApi({ CORS_ORIGINS: 'https://app.example.org' });
    });
    afterAll(() => listing.close());

    const preflight = (origin: string): Promise<Response> =>
      fetch(listing.server.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });

    it('allows a listed origin, with credentials', async () => {
      const response = await preflight('https://app.example.org');
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
      expect(response.headers.get('access-control-allow-credentials')).toBe('true');
      expect(response.headers.get('vary')).toBe('Origin');
    });

    it('refuses another origin with 403 and a code', async () => {
      const response = await preflight('https://evil.example');
      expect(response.status).toBe(403);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(await errorCode(response)).toBe('CORS_ORIGIN_NOT_ALLOWED');
    });
  });
});

describe('GET for reads', () => {
  it("answers urql's default (GET, no content type) with a cacheable answer and an ETag", async () => {
    const response = await fetch(getUrl({ query: QUERY }));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { regency: { name: 'Kabupaten Serang' } } });
    expect(response.headers.get('cache-control')).toBe('public, max-age=30');
    expect(response.headers.get('etag')).toMatch(/^"[\w-]{32}"$/);
    expect(response.headers.get('vary')).toContain('Accept');
  });

  it("answers Apollo Client's GET (content-type application/json) alike", async () => {
    const response = await fetch(getUrl({ query: QUERY }), { headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=30');
  });

  it('answers 304 with no body when If-None-Match names the ETag, and 200 when the answer changed', async () => {
    const first = await fetch(getUrl({ query: QUERY }));
    const etag = first.headers.get('etag') ?? '';
    const revalidated = await fetch(getUrl({ query: QUERY }), { headers: { 'if-none-match': etag } });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
    expect(revalidated.headers.get('etag')).toBe(etag);
    const other = await fetch(getUrl({ query: '{ regency(code: "35.10") { name } }' }), { headers: { 'if-none-match': etag } });
    expect(other.status).toBe(200);
  });

  it('keeps the CSRF check for a mutation over GET', async () => {
    const response = await fetch(getUrl({ query: 'mutation { retractSource(id: "x") }' }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Array<{ message: string }> }).errors[0].message).toMatch(/Cross-Site Request Forgery/);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('keeps the CSRF check for a simple cross-site POST (text/plain)', async () => {
    const response = await fetch(api.server.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: QUERY }) });
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe('BAD_REQUEST');
  });
});

describe('Cache-Control', () => {
  it('is public on a successful POST read', async () => {
    const response = await fetch(api.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
    expect(response.headers.get('cache-control')).toBe('public, max-age=30');
  });

  it('is no-store on anything sent with an Authorization header', async () => {
    const response = await fetch(getUrl({ query: QUERY }), { headers: { authorization: 'Bearer token' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('etag')).toBeNull();
  });

  it('is no-store on errors', async () => {
    for (const query of ['{ regency(code: "36.04") { nope } }', '{ regency(code: "99.99") { name } ', '{ regencies(first: 101) { totalCount } }']) {
      const response = await fetch(getUrl({ query }));
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });
});

describe('automatic persisted queries', () => {
  const hash = createHash('sha256').update(QUERY).digest('hex');
  const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } });

  it('asks for the query on an unknown hash, then answers a GET by hash alone, cacheable', async () => {
    const unknown = await fetch(getUrl({ extensions }));
    expect(await errorCode(unknown)).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.headers.get('cache-control')).toBe('no-store');

    const registered = await fetch(getUrl({ query: QUERY, extensions }));
    expect(registered.status).toBe(200);

    const byHash = await fetch(getUrl({ extensions }));
    expect(byHash.status).toBe(200);
    expect(await byHash.json()).toMatchObject({ data: { regency: { name: 'Kabupaten Serang' } } });
    expect(byHash.headers.get('cache-control')).toBe('public, max-age=30');
  });
});
