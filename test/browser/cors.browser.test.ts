import { readmeBlocks, readmeExamples } from '../../scripts/readme-examples';
import { plainLists, startTestApi, useTestApi } from '../helpers/api';
import type { GraphQLResponse, TestApi } from '../helpers/api';
import { describeWithBrowser, screenshot, servePages } from '../helpers/browser';
import type { PageServer } from '../helpers/browser';
import type { Page } from 'puppeteer-core';

interface MouAnswer {
  regency: {
    name: string;
    agreements: Array<{ date: string; dateInferred: boolean; place: string; parties: Array<{ government: { code: string } }>; signatories: Array<{ official: { name: string } }> }>;
  };
}
interface AccompaniedAnswer {
  search: Array<{ node: { id: string } }>;
  official: { name: string; accompaniedBy: Array<{ official: { name: string } }> };
}

/** In the page: POST the query with fetch (JSON, so the browser sends a preflight first). */
function fetchInPage(url: string, query: string): Promise<{ status: number; body: unknown } | { failed: string }> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })
    .then(async (response) => ({ status: response.status, body: (await response.json()) as unknown }))
    .catch((error: Error) => ({ failed: error.message }));
}

/** Asks from the page and returns the GraphQL answer, failing when the browser refused the call. */
async function askFromPage<T>(page: Page, url: string, query: string): Promise<GraphQLResponse<T>> {
  const result = await page.evaluate(fetchInPage, url, query);
  if ('failed' in result) throw new Error(`The browser refused the call: ${result.failed}`);
  return { status: result.status, ...(result.body as Omit<GraphQLResponse<T>, 'status'>) };
}

const [mouQuestion, accompaniedQuestion] = readmeExamples();
const api = useTestApi();

describeWithBrowser('a page on another origin calling the API (CORS)', (session) => {
  let site: PageServer;
  let listingApi: TestApi;
  let closedApi: TestApi;
  beforeAll(async () => {
    site = await servePages({ '/': '<!doctype html><title>frontend</title><p>A frontend on its own origin.</p>' });
    listingApi = await startTestApi({ CORS_ORIGINS: `https://frontend.example.org,${site.origin}` });
    closedApi = await startTestApi({ CORS_ORIGINS: 'https://frontend.example.org' });
  });
  afterAll(async () => {
    await site.close();
    await listingApi.close();
    await closedApi.close();
  });

  const openFrontend = async () => {
    const { page, requests } = await session.newPage();
    await page.goto(`${site.origin}/`);
    return { page, requests };
  };

  it('is another origin than the API', () => {
    expect(new URL(api.server.url).origin).not.toBe(site.origin);
  });

  it("answers the README's first question: the MoU of Kabupaten Serang with Banyuwangi", async () => {
    const { page, requests } = await openFrontend();
    const response = await askFromPage<MouAnswer>(page, api.server.url, mouQuestion.query);
    expect(response.status).toBe(200);
    const [agreement] = plainLists(response.data)?.regency.agreements ?? [];
    expect(plainLists(response.data)?.regency.name).toBe('Kabupaten Serang');
    expect(agreement.parties.map((party) => party.government.code).sort()).toEqual(['35.10', '36.04']);
    expect(agreement).toMatchObject({ date: '2017-03-22', dateInferred: true, place: 'Pendopo Bupati Banyuwangi' });
    expect(agreement.signatories.map((signatory) => signatory.official.name).sort()).toEqual(['Abdullah Azwar Anas', 'Ratu Tatu Chasanah']);
    expect(requests.external()).toEqual([]);
    await screenshot(page, 'cors-frontend');
  });

  it("answers the README's second question: the six who accompanied Ratu Tatu Chasanah", async () => {
    const { page } = await openFrontend();
    const response = await askFromPage<AccompaniedAnswer>(page, api.server.url, accompaniedQuestion.query);
    expect(plainLists(response.data)?.search.map((hit) => hit.node.id)).toContain('Official:ratu-tatu-chasanah');
    expect(plainLists(response.data)?.official.accompaniedBy.map((visit) => visit.official.name).sort()).toEqual(ACCOMPANIED);
  });

  it("runs the README's fetch example as written, from the page", async () => {
    const [example] = readmeBlocks('js');
    expect(example.text).toContain("fetch('http://localhost:4000/graphql'");
    const { page } = await openFrontend();
    const code = example.text.replace('http://localhost:4000/graphql', api.server.url);
    const data = await page.evaluate(`(async () => {\n${code}\nreturn data;\n})()`);
    expect(data).toEqual({ regency: { name: 'Kabupaten Serang', head: { name: 'Ratu Tatu Chasanah' } } });
  });

  it('answers when CORS_ORIGINS lists the page, and is refused by the browser when it names only another origin', async () => {
    const { page } = await openFrontend();
    const listed = await askFromPage<MouAnswer>(page, listingApi.server.url, mouQuestion.query);
    expect(listed.data?.regency.name).toBe('Kabupaten Serang');
    const refused = await page.evaluate(fetchInPage, closedApi.server.url, mouQuestion.query);
    expect(refused).toEqual({ failed: 'Failed to fetch' });
  });
});

const ACCOMPANIED = ['Abdullah', 'Anang Mulyana', 'Asep Nugrahajaya', 'Kepala bagian Setda Kabupaten Serang (several, unnamed)', 'Sri Nurhayati', 'Tahyudin'];
