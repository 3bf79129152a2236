import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { Client, fetchExchange } from '@urql/core';
import { readmeExamples } from '../../scripts/readme-examples';
import { plainLists, useTestApi } from '../helpers/api';

/**
 * The real clients with their default settings (urql 6: GET for queries within the URL
 * limit, no content type; Apollo Client 4: POST with JSON, or GET with useGETForQueries),
 * through the real server: each gets its answer, and the request went out as the client's
 * default says.
 */
const api = useTestApi();
const [mouQuestion, accompaniedQuestion] = readmeExamples();

interface SentRequest {
  method: string;
  contentType: string | null;
  status: number;
  cacheControl: string | null;
}

/** A fetch that records what the client sent and what came back. */
function recordingFetch(sent: SentRequest[]): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    sent.push({
      method: init?.method ?? 'GET',
      contentType: new Headers(init?.headers).get('content-type'),
      status: response.status,
      cacheControl: response.headers.get('cache-control'),
    });
    return response;
  };
}

interface MouAnswer {
  regency: { name: string; agreements: Array<{ place: string }> };
}
interface AccompaniedAnswer {
  official: { accompaniedBy: Array<{ official: { name: string } }> };
}

describe('urql with its defaults', () => {
  it('asks over GET with no content type, and gets a cacheable answer', async () => {
    const sent: SentRequest[] = [];
    const client = new Client({ url: api.server.url, exchanges: [fetchExchange], fetch: recordingFetch(sent) });
    const result = await client.query<MouAnswer>(mouQuestion.query, {}).toPromise();
    expect(result.error).toBeUndefined();
    expect(plainLists(result.data)?.regency.agreements[0].place).toBe('Pendopo Bupati Banyuwangi');
    expect(sent).toEqual([{ method: 'GET', contentType: null, status: 200, cacheControl: 'public, max-age=60' }]);
  });
});

describe('Apollo Client with its defaults', () => {
  const ask = async (options: { useGETForQueries?: boolean }, sent: SentRequest[]) => {
    const client = new ApolloClient({ link: new HttpLink({ uri: api.server.url, fetch: recordingFetch(sent), ...options }), cache: new InMemoryCache() });
    return client.query<AccompaniedAnswer>({ query: gql(accompaniedQuestion.query) });
  };

  it('asks over POST with JSON', async () => {
    const sent: SentRequest[] = [];
    const result = await ask({}, sent);
    expect(plainLists(result.data)?.official.accompaniedBy).toHaveLength(6);
    expect(sent).toEqual([{ method: 'POST', contentType: 'application/json', status: 200, cacheControl: 'public, max-age=60' }]);
  });

  it('asks over GET with useGETForQueries', async () => {
    const sent: SentRequest[] = [];
    const result = await ask({ useGETForQueries: true }, sent);
    expect(plainLists(result.data)?.official.accompaniedBy).toHaveLength(6);
    expect(sent.map((request) => [request.method, request.status])).toEqual([['GET', 200]]);
  });
});
