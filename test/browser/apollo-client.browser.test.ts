import { readmeExamples } from '../../scripts/readme-examples';
import { useTestApi } from '../helpers/api';
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
    const answers = (await page.evaluate(`(${ASK_WITH_APOLLO_CLIENT})(${args})`)) as Answers;
    expect(answers.mou.regency.name).toBe('Kabupaten Serang');
    expect(answers.mou.regency.agreements[0].place).toBe('Pendopo Bupati Banyuwangi');
    expect(answers.accompanied.official.accompaniedBy).toHaveLength(6);
    expect(answers.cacheKeys).toEqual(expect.arrayContaining(['ROOT_QUERY', 'Official:Official:ratu-tatu-chasanah']));
    expect(requests.external()).toEqual([]);
  });
});
