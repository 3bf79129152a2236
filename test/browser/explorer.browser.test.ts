import { buildExplorer } from '../../scripts/build-explorer';
import { readmeExamples } from '../../scripts/readme-examples';
import { plainLists, useTestApi } from '../helpers/api';
import { describeWithBrowser, screenshot } from '../helpers/browser';

/**
 * The offline explorer, built as `npm run build` builds it and served by the real API. Built
 * before the API starts: the server reads the bundle once, at start.
 */
beforeAll(async () => {
  await buildExplorer();
}, 180000);
const api = useTestApi();
const examples = readmeExamples();

/** In the page: the whole text of GraphiQL's result editor (CodeMirror 5 renders only the visible lines). */
const RESULT_TEXT = "(document.querySelector('.result-window .CodeMirror')?.CodeMirror?.getValue() ?? '')";

const origin = (): string => new URL(api.server.url).origin;

describe('the explorer route', () => {
  it('serves the page with a policy that allows loading from this server only', async () => {
    const response = await fetch(`${origin()}/graphiql`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await response.text()).toMatch(/<script src="\/graphiql\/graphiql-\w+\.js">/);
  });

  it('serves nothing outside the bundle', async () => {
    for (const path of ['/graphiql/..%2Fpackage.json', '/graphiql/nothing.js', '/graphiql/sub/index.html']) {
      expect((await fetch(`${origin()}${path}`)).status).toBe(404);
    }
  });

  it('is linked from the landing page, where Sandbox says when it cannot load', async () => {
    const response = await fetch(api.server.url, { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(html).toContain('Apollo Sandbox cannot be loaded');
    expect(html).toContain('<a href="/graphiql">/graphiql</a>');
  });
});

describeWithBrowser('GraphiQL at /graphiql, offline', (session) => {
  it("opens with the README's examples as tabs and runs the first, with every request on this machine", async () => {
    const { page, requests } = await session.newPage();
    await page.goto(`${origin()}/graphiql`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('.graphiql-container .graphiql-query-editor .CodeMirror');
    expect(await page.$$eval('.graphiql-tab', (tabs) => tabs.length)).toBe(examples.length);
    const editor = await page.$eval('.graphiql-query-editor .CodeMirror', (element) => element.textContent ?? '');
    expect(editor).toContain(examples[0].title);

    await page.click('.graphiql-execute-button');
    await page.waitForFunction(`${RESULT_TEXT}.includes('"data"')`, { timeout: 60000 });
    const result = plainLists(JSON.parse((await page.evaluate(RESULT_TEXT)) as string) as { data: { regency: { name: string; agreements: Array<{ place: string; signatories: Array<{ official: { name: string } }> }> } } });
    expect(result.data.regency.name).toBe('Kabupaten Serang');
    expect(result.data.regency.agreements[0].place).toBe('Pendopo Bupati Banyuwangi');
    expect(result.data.regency.agreements[0].signatories.map((signatory) => signatory.official.name)).toContain('Ratu Tatu Chasanah');
    await screenshot(page, 'graphiql-first-example');

    expect(requests.urls.some((url) => url.endsWith('/graphql'))).toBe(true);
    expect(requests.external()).toEqual([]);
  });

  it('is one click away on the landing page when Sandbox cannot load', async () => {
    // The harness aborts every request off this machine, so Apollo's CDN is unreachable here as offline.
    const { page, requests } = await session.newPage();
    await page.goto(api.server.url, { waitUntil: 'networkidle0' });
    expect(requests.external().some((url) => url.includes('apollographql.com'))).toBe(true);
    // Apollo fades its offline notice in after two seconds.
    await page.waitForFunction("getComputedStyle(document.querySelector('.fallback')).opacity === '1'");
    await screenshot(page, 'landing-page-offline');
    await Promise.all([page.waitForNavigation(), page.click('.fallback a[href="/graphiql"]')]);
    await page.waitForSelector('.graphiql-container');
    expect(page.url()).toBe(`${origin()}/graphiql`);
  });
});
