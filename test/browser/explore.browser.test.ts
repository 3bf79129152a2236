import type { Page } from 'puppeteer-core';
import { isMissingFromSchema } from '../../explorer/src/graph-data';
import { DIFFUSION, NEIGHBOURHOOD, NETWORK, NETWORK_FILTERS, PATH, SEARCH, entityQuery } from '../../explorer/src/queries';
import { parseRef } from '../../explorer/src/route';
import { buildExploreApp } from '../../scripts/build-explorer';
import { dataOf, useTestApi } from '../helpers/api';
import type { GraphQLResponse } from '../helpers/api';
import { describeWithBrowser, screenshot } from '../helpers/browser';
import type { RequestLog } from '../helpers/browser';

/**
 * The explorer in a real headless Chromium, served by the real API over the tests' Neo4j:
 * what a reader sees is checked against what the API answers to the same question, and
 * no request may leave the machine.
 */
beforeAll(async () => {
  // The tests run from source (ts-jest), so the bundle the server serves is built here,
  // before the API starts: the server reads it once, at start.
  await buildExploreApp();
});
const api = useTestApi();

/**
 * Asks the API the question a page is about to ask (the explorer's own query documents).
 * A freshly started Neo4j plans each Cypher query on its first run and reads a cold page
 * cache, so a first answer may run past the server's transaction time limit
 * (QUERY_TIMEOUT); asking again, at most three times in all, leaves the test checking the
 * explorer rather than the server's warm-up.
 */
async function ask<T>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
  for (let attempt = 1; ; attempt += 1) {
    const response = await api.query<T>(query, variables);
    if (attempt === 3 || !response.errors?.some((e) => e.extensions?.code === 'QUERY_TIMEOUT')) return response;
  }
}

describeWithBrowser('the explorer', (session) => {
  const origin = (): string => `http://localhost:${api.server.port}`;

  /** Opens an explorer URL; the returned checks run after the test's own. */
  async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; requests: RequestLog; errors: string[] }> {
    const { page, requests } = await session.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
    await page.setViewport(viewport);
    await page.goto(`${origin()}${path}`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(`document.querySelector('main')?.getAttribute('aria-busy') === 'false'`);
    return { page, requests, errors };
  }

  function expectClean(requests: RequestLog, errors: string[]): void {
    expect(requests.urls.length).toBeGreaterThan(0);
    expect(requests.external()).toEqual([]);
    expect(errors).toEqual([]);
  }

  const textOf = (page: Page, selector: string): Promise<string> => page.$eval(selector, (element) => element.innerText as string);

  it('shows Kabupaten Serang with its six agencies and the MoU with Banyuwangi, quote and source included', async () => {
    const expected = dataOf(await ask<{ entity: { agencies: { nodes: Array<{ name: string }> }; agreements: { nodes: Array<{ title: string; sources: Array<{ quote: string; source: { title: string } }> }> } } }>(
      entityQuery('Regency'),
      { ref: 'Regency:36.04' },
    )).entity;
    expect(expected.agencies.nodes).toHaveLength(6);
    const { page, requests, errors } = await open('/explore/regency/36.04');

    expect(await textOf(page, 'h1')).toBe('Kabupaten Serang');
    const agencies = await page.$$eval('section[aria-label="Agencies"] ul.values > li a', (links) => links.map((a) => a.textContent ?? ''));
    expect(agencies).toHaveLength(6);
    expect(agencies.map((text) => text.replace(/ \([^)]*\)$/, '')).sort()).toEqual(expected.agencies.nodes.map((a) => a.name).sort());

    const agreements = await textOf(page, 'section[aria-label="Agreements"]');
    const mou = expected.agreements.nodes.find((a) => a.title.includes('Banyuwangi'))!;
    expect(agreements).toContain(mou.title);
    expect(agreements).toContain('Kabupaten Banyuwangi');
    expect(mou.sources[0]!.quote.length).toBeGreaterThan(20);
    const facts = await page.$$eval('section[aria-label="Agreements"] blockquote.fact', (quotes) => quotes.map((q) => q.innerText as string));
    expect(facts.some((fact) => fact.includes(mou.sources[0]!.quote) && fact.includes(mou.sources[0]!.source.title))).toBe(true);
    // The inferred year of the signing is shown as inferred, not hidden.
    expect(agreements).toMatch(/Date inferred: yes/);

    await screenshot(page, 'explore-regency-36.04');
    expectClean(requests, errors);
  });

  it('finds entities by their Indonesian forms, a regency opened with the keyboard', async () => {
    const hits = dataOf(await ask<{ search: Array<{ node: { code?: string } }> }>(SEARCH, { query: 'Kab. Serang' })).search;
    dataOf(await ask(entityQuery('Regency'), { ref: `Regency:${hits[0]!.node.code}` }));
    const { page, requests, errors } = await open('/explore');
    await page.type('header input[role="combobox"]', 'Kab. Serang');
    await page.waitForSelector('header [role="listbox"]:not([hidden]) [role="option"][aria-selected="true"]');
    const options = await page.$$eval('header [role="option"]', (items) => items.length);
    expect(options).toBe(hits.length);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForFunction(`location.pathname === '/explore/regency/${hits[0]!.node.code}'`);
    await page.waitForFunction(`document.querySelector('main h1')?.textContent === 'Kabupaten Serang'`);

    // The other Indonesian forms: the suggestions are the API's hits, in its order.
    for (const text of ['Pemkab Banyuwangi', 'Dinkes']) {
      const names = dataOf(await ask<{ search: Array<{ node: { name: string } }> }>(SEARCH, { query: text })).search.map((hit) => hit.node.name);
      expect(names.length).toBeGreaterThan(0);
      await page.click('header input[role="combobox"]', { count: 3 });
      await page.keyboard.press('Backspace');
      await page.type('header input[role="combobox"]', text);
      await page.waitForFunction(`document.querySelector('header [role="option"]')?.textContent.includes(${JSON.stringify(names[0])})`);
      const options = await page.$$eval('header [role="option"]', (items) => items.map((item) => item.textContent as string));
      expect(options.map((option, i) => option.includes(names[i]!))).toEqual(names.map(() => true));
    }
    expectClean(requests, errors);
  });

  it('draws as many nodes of Ratu Tatu Chasanah’s neighbourhood as the API answers', async () => {
    const expected = dataOf(await ask<{ neighbourhood: { nodes: Array<{ ref: string }>; edges: Array<{ id: string }> } }>(NEIGHBOURHOOD, {
      of: 'Official:ratu-tatu-chasanah',
      depth: 2,
    })).neighbourhood;
    await ask(NEIGHBOURHOOD, { of: 'Official:ratu-tatu-chasanah', depth: 1 });
    expect(expected.nodes.length).toBeGreaterThan(10);
    const { page, requests, errors } = await open('/explore/neighbourhood/Official:ratu-tatu-chasanah?depth=2');

    const figure = await page.$eval('figure.picture', (f) => ({ nodes: Number(f.dataset.renderedNodes), edges: Number(f.dataset.renderedEdges) }));
    expect(figure).toEqual({ nodes: expected.nodes.length, edges: expected.edges.length });
    const rows = await page.$$eval('section[aria-label="Nodes"] tbody tr td:first-child', (cells) => cells.map((c) => c.textContent ?? ''));
    expect(rows.sort()).toEqual(expected.nodes.map((n) => n.ref).sort());
    // The canvas is really painted: cytoscape draws its layers as canvases of the figure's size.
    const canvases = await page.$$eval('figure.picture canvas', (list) => list.map((c) => Number(c.width)));
    expect(canvases.length).toBeGreaterThan(0);
    expect(Math.max(...canvases)).toBeGreaterThan(300);

    // Depth 1 through the control: a new URL, fewer nodes; back returns to depth 2.
    await page.select('#depth', '1');
    await page.waitForFunction(`location.search === '?depth=1' && document.querySelector('figure.picture') !== null`);
    const depthOne = Number(await page.$eval('figure.picture', (f) => f.dataset.renderedNodes));
    expect(depthOne).toBeLessThan(expected.nodes.length);
    await page.goBack();
    await page.waitForFunction(`location.search === '?depth=2' && document.querySelector('figure.picture')?.dataset.renderedNodes === '${expected.nodes.length}'`);

    await screenshot(page, 'explore-neighbourhood-ratu-tatu-chasanah');
    expectClean(requests, errors);
  });

  it('draws the diffusion tree of Banyuwangi’s tourism programs', async () => {
    const expected = dataOf(await ask<{ programDiffusion: { tree: Array<{ government: { name: string }; adoptionStatus: string | null }> } }>(DIFFUSION, {
      programId: '35.10-tourism-development-programs',
    })).programDiffusion.tree;
    expect(expected.map((n) => n.government.name)).toEqual(expect.arrayContaining(['Kabupaten Banyuwangi', 'Kabupaten Serang']));
    const { page, requests, errors } = await open('/explore/diffusion/35.10-tourism-development-programs');

    // One node per government, plus the program at the root.
    const drawn = await page.$$eval('svg.tree a.tree-node', (nodes) => nodes.map((n) => n.querySelector('title')?.textContent ?? ''));
    expect(drawn).toHaveLength(expected.length + 1);
    expect(drawn).toEqual(expect.arrayContaining(expected.map((n) => n.government.name)));
    expect(await page.$$eval('svg.tree path.link', (links) => links.length)).toBe(expected.length);
    expect(await page.$$eval('svg.tree path.link.planned', (links) => links.length)).toBe(expected.filter((n) => n.adoptionStatus === 'PLANNED').length);
    expect(await textOf(page, 'main')).toContain('adoption planned');

    await screenshot(page, 'explore-diffusion-tourism');
    expectClean(requests, errors);
  });

  it('finds the path from Anang Mulyana to Abdullah Azwar Anas through the form, and back works', async () => {
    const expected = dataOf(await ask<{ path: { length: number; nodes: Array<{ displayName: string }> } }>(PATH, {
      from: 'Official:anang-mulyana',
      to: 'Official:abdullah-azwar-anas',
      maxLength: 6,
    })).path;
    const { page, requests, errors } = await open('/explore/path');

    for (const [name, text, ref] of [['from', 'Anang Mulyana', 'Official:anang-mulyana'], ['to', 'Azwar Anas', 'Official:abdullah-azwar-anas']] as const) {
      await page.type(`input[name="${name}"]`, text);
      await page.waitForFunction(`document.querySelector('input[name="${name}"]')?.getAttribute('aria-expanded') === 'true'`);
      await page.keyboard.press('Enter');
      expect(await page.$eval(`input[name="${name}"]`, (input) => input.value as string)).toBe(ref);
    }
    await page.click('form button[type="submit"]');
    await page.waitForFunction(`document.querySelector('figure.picture') !== null`);
    expect(new URL(page.url()).searchParams.get('from')).toBe('Official:anang-mulyana');
    expect(new URL(page.url()).searchParams.get('to')).toBe('Official:abdullah-azwar-anas');

    const summary = await textOf(page, 'p.summary');
    expect(summary).toBe(`${expected.length} relationships: ${expected.nodes.map((n) => n.displayName).join(' → ')}`);
    expect(await page.$eval('figure.picture', (f) => Number(f.dataset.renderedNodes))).toBe(expected.nodes.length);
    expect(await page.$$eval('section[aria-label="Steps"] tbody tr', (rows) => rows.length)).toBe(expected.length);
    await screenshot(page, 'explore-path-anang-to-anas');

    await page.goBack();
    await page.waitForFunction(`location.search === '' && document.querySelector('figure.picture') === null`);
    await page.goForward();
    await page.waitForFunction(`document.querySelector('figure.picture') !== null`);
    expectClean(requests, errors);
  });

  it('opens the page of every kind of entity, titled as the API names it', async () => {
    const refs = [
      'Province:36', 'Regency:36.04', 'District:36.04.05', 'Village:36.04.05.2001', 'Official:ratu-tatu-chasanah', 'Agency:36.04-bappeda',
      'Program:35.10-tourism-development-programs', 'Agreement:mou-serang-banyuwangi-2017', 'Source:bantenheadline-2017-03-mou-serang-banyuwangi',
      'Sector:tourism', 'Claim:anas-offers-help-to-serang',
    ];
    const { page, requests, errors } = await open('/explore');
    for (const ref of refs) {
      const name = dataOf(await ask<{ neighbourhood: { center: { displayName: string } } }>(`query($ref: ID!) { neighbourhood(of: $ref, limit: 1) { center { displayName } } }`, { ref })).neighbourhood.center.displayName;
      const { label, key } = parseRef(ref)!;
      dataOf(await ask(entityQuery(label), { ref }));
      await page.goto(`${origin()}/explore/${label.toLowerCase()}/${encodeURIComponent(key)}`, { waitUntil: 'networkidle0' });
      await page.waitForFunction(`document.querySelector('main')?.getAttribute('aria-busy') === 'false'`);
      expect({ ref, title: await textOf(page, 'main h1'), errors: await page.$$eval('.notice.error', (e) => e.length) }).toEqual({ ref, title: expect.stringContaining(name), errors: 0 });
      expect(await textOf(page, '.kind')).toBe(label);
    }
    expectClean(requests, errors);
  });

  it('draws the cooperation network of Jawa Timur on tourism and downloads its table as CSV', async () => {
    dataOf(await ask(NETWORK_FILTERS));
    const expected = dataOf(await ask<{ cooperationNetwork: { nodes: Array<{ ref: string }>; edges: Array<{ id: string }> } }>(NETWORK, {
      provinceCode: '35',
      sectorId: 'tourism',
      from: null,
      to: null,
    })).cooperationNetwork;
    expect(expected.edges.length).toBeGreaterThan(0);
    const { page, requests, errors } = await open('/explore/network?province=35&sector=tourism');
    expect(await page.$eval('#province', (select) => select.value as string)).toBe('35');
    expect(await page.$eval('#sector', (select) => select.value as string)).toBe('tourism');
    expect(await page.$eval('figure.picture', (f) => ({ nodes: Number(f.dataset.renderedNodes), edges: Number(f.dataset.renderedEdges) }))).toEqual({
      nodes: expected.nodes.length,
      edges: expected.edges.length,
    });

    // The CSV the button offers: catch the blob it downloads (a blob: URL, never the network).
    await page.evaluate(`(() => { const create = URL.createObjectURL; URL.createObjectURL = (blob) => { window.downloaded = blob.text(); return create(blob); }; })()`);
    await page.click('section[aria-label="Agreements"] button.csv');
    const csv = (await page.evaluate('window.downloaded')) as string;
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('Party,Party,Agreement,Date,Date inferred,Sectors,Quote');
    expect(lines).toHaveLength(expected.edges.length + 1);
    expect(csv).toContain('Kabupaten Banyuwangi');

    // A filter that matches nothing says so.
    await page.select('#sector', 'health');
    await page.$eval('#from', (input) => { input.value = '2018'; });
    await page.click('form.controls button[type="submit"]');
    await page.waitForFunction(`location.search === '?province=35&sector=health&from=2018' && document.querySelector('main')?.getAttribute('aria-busy') === 'false'`);
    expect(await textOf(page, 'main')).toContain('No agreement matches these filters.');
    await screenshot(page, 'explore-network-empty');
    expectClean(requests, errors);
  });

  it('maps a regency’s islands with the outermost small ones marked, or says there are none yet while the API has no islands', async () => {
    const probe = await ask<{ regency: { islands: { totalCount: number; edges: Array<{ node: { code: string; name: string; outermostSmall: boolean } }> } } }>(
      `{ regency(code: "36.04") { islands(first: 100) { totalCount edges { node { code name outermostSmall } } } } }`,
    );
    const { page, requests, errors } = await open('/explore/islands/36.04');
    const text = await textOf(page, 'main');
    if (probe.errors?.some((e) => isMissingFromSchema(e.message, 'islands'))) {
      expect(text).toContain('No island data yet');
    } else {
      const islands = dataOf(probe).regency.islands;
      expect(islands.totalCount).toBeGreaterThan(0);
      expect(islands.totalCount).toBeLessThanOrEqual(100); // one page of the probe holds them all
      expect(await page.$$eval('svg.map a.island', (points) => points.length)).toBe(islands.totalCount);
      expect(await page.$$eval('svg.map .outermost', (marks) => marks.length)).toBe(islands.edges.filter((e) => e.node.outermostSmall).length);
      expect(await page.$$eval('section[aria-label="Islands"] tbody tr', (rows) => rows.length)).toBe(islands.totalCount);
      await screenshot(page, 'explore-islands-36.04');

      const island = islands.edges[0]!.node;
      dataOf(await ask(entityQuery('Island'), { ref: `Island:${island.code}` }));
      await page.goto(`${origin()}/explore/island/${encodeURIComponent(island.code)}`, { waitUntil: 'networkidle0' });
      await page.waitForFunction(`document.querySelector('main')?.getAttribute('aria-busy') === 'false'`);
      expect(await textOf(page, 'main h1')).toBe(island.name);
      expect(await textOf(page, 'main')).toContain('Kabupaten Serang');
    }
    expectClean(requests, errors);
  });

  it('fits a phone-sized screen without sideways scrolling', async () => {
    const { page, requests, errors } = await open('/explore/regency/36.04', { width: 390, height: 844 });
    const overflow = await page.evaluate(`document.documentElement.scrollWidth - window.innerWidth`);
    expect(overflow).toBeLessThanOrEqual(0);
    // Every form control has an accessible name: a label, or aria-label.
    const unnamed = await page.evaluate(`[...document.querySelectorAll('input, select, button')]
      .filter((c) => !(c.id && document.querySelector('label[for="' + c.id + '"]')) && !c.getAttribute('aria-label') && !c.textContent.trim()).length`);
    expect(unnamed).toBe(0);
    await screenshot(page, 'explore-regency-36.04-phone');
    expectClean(requests, errors);
  });
});
