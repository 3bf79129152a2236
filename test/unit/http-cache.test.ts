import { loadConfig } from '../../src/config';
import { etagOf, matchesIfNoneMatch } from '../../src/http/cache';
import { isReadOnlyGet } from '../../src/http/get-queries';

describe('ETags', () => {
  it('are the same for the same body and differ for another', () => {
    expect(etagOf('{"data":{}}')).toBe(etagOf('{"data":{}}'));
    expect(etagOf('{"data":{}}')).not.toBe(etagOf('{"data":{"a":1}}'));
    expect(etagOf('x')).toMatch(/^"[\w-]{32}"$/);
  });

  it('match an If-None-Match list, weak or strong, or *', () => {
    const etag = etagOf('body');
    expect(matchesIfNoneMatch(`"other", ${etag}`, etag)).toBe(true);
    expect(matchesIfNoneMatch(`W/${etag}`, etag)).toBe(true);
    expect(matchesIfNoneMatch('*', etag)).toBe(true);
    expect(matchesIfNoneMatch('"other"', etag)).toBe(false);
    expect(matchesIfNoneMatch(undefined, etag)).toBe(false);
  });
});

describe('GET without a preflight', () => {
  const get = (params: Record<string, string>): boolean => isReadOnlyGet(new URLSearchParams(params));

  it('is allowed for a query, or a named query among others', () => {
    expect(get({ query: '{ provinces { totalCount } }' })).toBe(true);
    expect(get({ query: 'mutation M { x } query Q { y }', operationName: 'Q' })).toBe(true);
  });

  it('is left to Apollo when nothing can run or only a persisted hash is sent', () => {
    expect(get({ query: '{ not closed' })).toBe(true);
    expect(get({ extensions: '{"persistedQuery":{"version":1,"sha256Hash":"abc"}}' })).toBe(true);
  });

  it('is not allowed for a mutation or subscription', () => {
    expect(get({ query: 'mutation { retractSource(id: "x") }' })).toBe(false);
    expect(get({ query: 'mutation M { x } query Q { y }', operationName: 'M' })).toBe(false);
    expect(get({ query: 'subscription { changes }' })).toBe(false);
  });
});

describe('CACHE_MAX_AGE', () => {
  it('defaults to a minute and refuses what is not a number of seconds', () => {
    expect(loadConfig({}).http.cacheMaxAge).toBe(60);
    expect(loadConfig({ CACHE_MAX_AGE: '0' }).http.cacheMaxAge).toBe(0);
    expect(() => loadConfig({ CACHE_MAX_AGE: '1m' })).toThrow('CACHE_MAX_AGE must be a whole number from 0 to 31536000, but it is "1m".');
  });
});
