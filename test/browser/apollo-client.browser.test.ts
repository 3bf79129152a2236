import { readmeExamples } from '../../scripts/readme-examples';
import { plainLists, useTestApi } from '../helpers/api';
import { apolloClientPage } from '../helpers/apollo-client-page';
import { describeWithBrowser, servePages } from '../helpers/browser';
import type { PageServer } from '../helpers/browser';

const api = useTestApi();
const [mouQuestion, accompaniedQuestion] = readmeExamples();

interface Answers {
  mou: { regency: { name: string; agreements: Array<{ place: string }> } };
  accompanied: { official: { name: string; accompaniedBy: Array<{ official: { name: string } }> } };
  cacheKeys: string[];
}

/** In the page: Apollo Client with its defaults (HttpLink, InMemoryCache without typePolicies) asks both questions. */
const ASK_WITH_APOLLO_CLIENT = `async (uri, mouQuery, accompaniedQuery) => {
  const { ApolloClient, InMemoryCache, HttpLink, gql } = window.ApolloClientKit;
  const client = new ApolloClient({ link: new HttpLink({ uri }), cache: new InMemoryCache() });
  const mou = await client.query({ query: gql(mouQuery) });
  const accompanied = await client.query({ query: gql(accompaniedQuery) });
  return { mou: mou.data, accompanied: accompanied.data, cacheKeys: Object.keys(client.cache.extract()) };
}`;

/** In the page: one regency reached by three different queries, and what the cache then holds. */
const ONE_REGENCY_THREE_WAYS = `async (uri) => {
  const { ApolloClient, InMemoryCache, HttpLink, gql } = window.ApolloClientKit;
  const client = new ApolloClient({ link: new HttpLink({ uri }), cache: new InMemoryCache() });
  await client.query({ query: gql('{ regency(code: "36.04") { id name } }') });
  await client.query({ query: gql('{ regencies(first: 1, where: { code: { eq: "36.04" } }) { edges { node { id kind } } } }') });
  await client.query({ query: gql('{ official(id: "ratu-tatu-chasanah") { id positions { nodes { government { id provinceCode } } } } }') });
  const cache = client.cache.extract();
  return { keys: Object.keys(cache).filter((key) => key.startsWith('Regency:')), entry: cache['Regency:Regency:36.04'] };
}`;

/** In the page: two neighbourhoods that share entities, then the first read back from the cache alone. */
const TWO_NEIGHBOURHOODS = `async (uri) => {
  const { ApolloClient, InMemoryCache, HttpLink, gql } = window.ApolloClientKit;
  const client = new ApolloClient({ link: new HttpLink({ uri }), cache: new InMemoryCache() });
  const query = gql('query ($of: ID!) { neighbourhood(of: $of) { nodes { ref hops entity { ... on Node { id } } } } }');
  const hopsOf = (data) => Object.fromEntries(data.neighbourhood.nodes.map((n) => [n.ref, n.hops]));
  const tatu = await client.query({ query, variables: { of: 'Official:ratu-tatu-chasanah' } });
  const serang = await client.query({ query, variables: { of: 'Regency:36.04' } });
  const tatuAgain = client.readQuery({ query, variables: { of: 'Official:ratu-tatu-chasanah' } });
  const serangAgain = client.readQuery({ query, variables: { of: 'Regency:36.04' } });
  return { tatu: hopsOf(tatu.data), serang: hopsOf(serang.data), tatuAgain: hopsOf(tatuAgain), serangAgain: hopsOf(serangAgain) };
}`;

type Hops = Record<string, number>;

describeWithBrowser('Apollo Client in a page on another origin', (session) => {
  let site: PageServer;
  beforeAll(async () => {
    site = await servePages({ '/': await apolloClientPage() });
  }, 120000);
  afterAll(async () => {
    await site.close();
  });

  it("answers the README's two questions with the default cache, loading nothing from outside", async () => {
    const { page, requests } = await session.newPage();
    await page.goto(`${site.origin}/`);
    const args = [api.server.url, mouQuestion.query, accompaniedQuestion.query].map((arg) => JSON.stringify(arg)).join(', ');
    const answers = plainLists((await page.evaluate(`(${ASK_WITH_APOLLO_CLIENT})(${args})`)) as Answers);
    expect(answers.mou.regency.name).toBe('Kabupaten Serang');
    expect(answers.mou.regency.agreements[0].place).toBe('Pendopo Bupati Banyuwangi');
    expect(answers.accompanied.official.accompaniedBy).toHaveLength(6);
    expect(answers.cacheKeys).toEqual(expect.arrayContaining(['ROOT_QUERY', 'Official:Official:ratu-tatu-chasanah']));
    expect(requests.external()).toEqual([]);
  });

  it('keeps a regency fetched by different queries as one cache entry, with the fields of each', async () => {
    const { page } = await session.newPage();
    await page.goto(`${site.origin}/`);
    const cached = (await page.evaluate(`(${ONE_REGENCY_THREE_WAYS})(${JSON.stringify(api.server.url)})`)) as {
      keys: string[];
      entry: Record<string, unknown>;
    };
    expect(cached.keys).toEqual(['Regency:Regency:36.04']);
    expect(cached.entry).toMatchObject({ id: 'Regency:36.04', name: 'Kabupaten Serang', kind: 'REGENCY', provinceCode: '36' });
  });

  it('keeps each neighbourhood\'s hops: Tatu is 0 hops from herself after the neighbourhood of Regency:36.04', async () => {
    const { page } = await session.newPage();
    await page.goto(`${site.origin}/`);
    const answers = (await page.evaluate(`(${TWO_NEIGHBOURHOODS})(${JSON.stringify(api.server.url)})`)) as Record<'tatu' | 'serang' | 'tatuAgain' | 'serangAgain', Hops>;
    const tatu = 'Official:ratu-tatu-chasanah';
    expect(answers.tatu[tatu]).toBe(0);
    expect(answers.tatu['Regency:36.04']).toBe(1);
    expect(answers.serang['Regency:36.04']).toBe(0);
    expect(answers.serang[tatu]).toBe(1);
    // Read back from the cache alone, each answer is still its own.
    expect(answers.tatuAgain).toEqual(answers.tatu);
    expect(answers.serangAgain).toEqual(answers.serang);
  });
});
