import { CASE_CLASSES, fragmentDagQuery, fuzzCases } from '../../bench/reliability/cases';
import { sendCase } from '../../bench/reliability/send';
import { useTestApi } from '../helpers/api';

/**
 * A hostile client through the real HTTP server in production mode: every request of every
 * class of bad input is the client's fault, so it gets a 4xx with a code (or a 200 where it
 * is in fact valid, as an unknown id answering null), never a 500, never internals.
 */
const api = useTestApi({ NODE_ENV: 'production' });
const baseUrl = (): string => api.server.url.replace('/graphql', '');

/** Slow Cypher may be stopped by the transaction timeout (503 QUERY_TIMEOUT): bounded, and not a fault. */
const TIMEOUT_CODES = ['QUERY_TIMEOUT', 'REQUEST_TIMEOUT'];

describe.each(CASE_CLASSES)('hostile requests: %s', (klass) => {
  it('are answered 4xx with a code or 200, never 500, with nothing internal in the body', async () => {
    const failures: string[] = [];
    for (const fuzz of fuzzCases(12, 14, [klass])) {
      const outcome = await sendCase(baseUrl(), fuzz);
      const timedOut = outcome.status === 503 && outcome.codes.every((code) => TIMEOUT_CODES.includes(code));
      const fine = outcome.status < 500 || timedOut;
      const coded = outcome.status < 400 || outcome.codes.length > 0 || fuzz.method === 'HEAD' || fuzz.path === '/' || outcome.status === 405;
      if (!fine || !coded || outcome.leak) {
        failures.push(`${fuzz.name}: HTTP ${outcome.status} ${outcome.codes.join(',')} ${outcome.leak ?? ''} ${outcome.body.slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('limits, through HTTP', () => {
  it('answers first: 101 with HTTP 400 BAD_USER_INPUT', async () => {
    const response = await api.query('{ regencies(first: 101) { totalCount } }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses the 1 KB fragment DAG of the issue before any Cypher runs', async () => {
    const response = await api.query(fragmentDagQuery(24));
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_MANY_FRAGMENTS', limit: 100 });
    expect(response.extensions?.cypherRoundTrips ?? 0).toBe(0);
  });

  it.each([
    ['QUERY_TOO_MANY_TOKENS', `{ sectors { ${'id '.repeat(1000)} } }`],
    ['QUERY_TOO_MANY_ALIASES', `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: sectors { id }`).join(' ')} }`],
    ['QUERY_TOO_MANY_DIRECTIVES', `{ sectors { id ${'@include(if: true) '.repeat(51)} } }`],
    ['QUERY_TOO_DEEP', '{ regency(code: "36.04") { province { regencies { province { regencies { province { code } } } } } } }'],
    ['INPUT_LIST_TOO_LONG', `{ regencies(where: { code: { in: [${Array.from({ length: 101 }, (_, i) => `"36.${i}"`).join(', ')}] } }) { totalCount } }`],
    ['INPUT_STRING_TOO_LONG', `{ search(query: "${'a'.repeat(1001)}") { score } }`],
  ])('refuses %s with HTTP 400 and no Cypher', async (code, query) => {
    const response = await api.query(query);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe(code);
    expect(response.extensions?.cypherRoundTrips ?? 0).toBe(0);
  });

  it('answers a body over MAX_BODY_BYTES with 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ sectors { id } }', variables: { pad: 'x'.repeat(api.config.protection.maxBodyBytes) } }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('strips "Did you mean" suggestions and refuses introspection in production', async () => {
    const typo = await api.query('{ regencie { code } }');
    expect(typo.status).toBe(400);
    expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
    const introspection = await api.query('{ __schema { types { name } } }');
    expect(introspection.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('gives every response a request id, and keeps a plain one the client sent', async () => {
    const own = await fetch(api.server.url.replace('/graphql', '/health'), { headers: { 'x-request-id': 'client-42' } });
    expect(own.headers.get('x-request-id')).toBe('client-42');
    const odd = await fetch(api.server.url.replace('/graphql', '/health'), { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
