import { dataOf, useTestApi } from '../helpers/api';
import { fixtureSources, seedCuratedWith, sourcesWith } from '../helpers/sources';
import { isSpecialHolder } from '../../src/seed/source-file';
import { parseFactKey, valuesOfFact } from '../../src/seed/statements';
import type { FactRow, StatementRow } from '../../src/seed/statements';

/**
 * Every nested list that grows with the sources is a connection (docs/connections.md): each is
 * walked forwards with first/after and backwards with last/before, one item a page, against
 * the real sources plus the test fixtures, and the count of items is computed from those
 * source files, never assumed.
 */
const api = useTestApi();
const FIXTURES = fixtureSources();
let facts: FactRow[] = [];
let statements: StatementRow[] = [];

/** How many facts of a type start (or end) at an entity, as the source files state them. */
const from = (type: string, ref: string) => facts.filter((f) => f.type === type && f.from === ref).length;
const to = (type: string, ref: string) => facts.filter((f) => f.type === type && f.to === ref).length;

interface Case {
  /** The parent, e.g. `regency(code: "36.04")`. */
  readonly parent: string;
  readonly field: string;
  /** What tells the items apart. */
  readonly item: string;
  readonly expected: () => number;
}

const SERANG = 'regency(code: "36.04")';
const BANYUWANGI = 'regency(code: "35.10")';
const TATU = 'official(id: "ratu-tatu-chasanah")';
const MOU = 'agreement(id: "mou-serang-banyuwangi-2017")';
const SCHOLARSHIPS = 'program(id: "35.10-scholarships-for-poor-students")';

const CASES: readonly Case[] = [
  { parent: SERANG, field: 'agreements', item: 'key', expected: () => from('PARTY_TO', 'Regency:36.04') },
  {
    parent: SERANG,
    field: 'officials',
    item: 'title official { key } agency { key }',
    // Its officials, and the posts a source says were vacant or held by someone unnamed (no relationship: their statements, best value per fact).
    expected: () => {
      const atSerang = (to: string): boolean => to === 'Regency:36.04' || to.startsWith('Agency:36.04-');
      const special = statements.filter((s) => s.type === 'HOLDS_POSITION' && isSpecialHolder(parseFactKey(s.fact).from) && atSerang(parseFactKey(s.fact).to));
      const posts = [...new Set(special.map((s) => s.fact))].filter((fact) => valuesOfFact(special.filter((s) => s.fact === fact))[0]?.rank !== 'DEPRECATED');
      return facts.filter((f) => f.type === 'HOLDS_POSITION' && atSerang(f.to)).length + posts.length;
    },
  },
  { parent: SERANG, field: 'agencies', item: 'key', expected: () => facts.filter((f) => f.type === 'PART_OF' && f.to === 'Regency:36.04').length },
  { parent: BANYUWANGI, field: 'programs', item: 'program { key }', expected: () => from('RUNS', 'Regency:35.10') },
  { parent: SERANG, field: 'adoptedPrograms', item: 'program { key }', expected: () => from('ADOPTED', 'Regency:36.04') },
  { parent: BANYUWANGI, field: 'claims', item: 'key', expected: () => to('ABOUT', 'Regency:35.10') },
  {
    parent: SERANG,
    field: 'partners',
    item: 'code',
    expected: () => {
      const agreements = new Set(facts.filter((f) => f.type === 'PARTY_TO' && f.from === 'Regency:36.04').map((f) => f.to));
      return new Set(facts.filter((f) => f.type === 'PARTY_TO' && agreements.has(f.to) && f.from !== 'Regency:36.04').map((f) => f.from)).size;
    },
  },
  { parent: TATU, field: 'positions', item: 'title government { code } agency { key }', expected: () => from('HOLDS_POSITION', 'Official:ratu-tatu-chasanah') },
  { parent: TATU, field: 'signedAgreements', item: 'agreement { key }', expected: () => from('SIGNED_MOU', 'Official:ratu-tatu-chasanah') },
  { parent: TATU, field: 'accompaniedBy', item: 'official { key }', expected: () => to('ACCOMPANIED', 'Official:ratu-tatu-chasanah') },
  { parent: 'official(id: "anang-mulyana")', field: 'accompanied', item: 'official { key }', expected: () => from('ACCOMPANIED', 'Official:anang-mulyana') },
  { parent: 'agency(id: "36.04-bappeda")', field: 'officials', item: 'title official { key }', expected: () => to('HOLDS_POSITION', 'Agency:36.04-bappeda') },
  { parent: MOU, field: 'parties', item: 'government { code }', expected: () => to('PARTY_TO', 'Agreement:mou-serang-banyuwangi-2017') },
  { parent: MOU, field: 'signatories', item: 'official { key }', expected: () => to('SIGNED_MOU', 'Agreement:mou-serang-banyuwangi-2017') },
  { parent: MOU, field: 'sectors', item: 'sector { key }', expected: () => from('COVERS', 'Agreement:mou-serang-banyuwangi-2017') },
  { parent: SCHOLARSHIPS, field: 'runners', item: 'government { code }', expected: () => to('RUNS', 'Program:35.10-scholarships-for-poor-students') },
  {
    parent: 'program(id: "35.10-tourism-development-programs")',
    field: 'adopters',
    item: 'government { code }',
    expected: () => to('ADOPTED', 'Program:35.10-tourism-development-programs'),
  },
  { parent: 'sector(id: "education")', field: 'programs', item: 'key', expected: () => to('IN_SECTOR', 'Sector:education') },
  { parent: 'sector(id: "tourism")', field: 'agreements', item: 'key', expected: () => to('COVERS', 'Sector:tourism') },
];

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: Array<{ cursor: string; node: unknown }>;
  nodes: unknown[];
}

function pageQuery(c: Pick<Case, 'parent' | 'field' | 'item'>): string {
  return `query ($first: Int, $after: String, $last: Int, $before: String) { parent: ${c.parent} {
    list: ${c.field}(first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${c.item} } } nodes { ${c.item} }
    } } }`;
}

async function readPage(c: Case, variables: Record<string, unknown>): Promise<Page> {
  const page = dataOf(await api.query<{ parent: { list: Page } }>(pageQuery(c), variables)).parent.list;
  // `nodes` is the edges' nodes, in the same order.
  expect(page.nodes).toEqual(page.edges.map((e) => e.node));
  return page;
}

/** Every item, one page at a time, forwards (first: 1, after) or backwards (last: 1, before), in list order. */
async function walk(c: Case, backward: boolean): Promise<{ items: string[]; totalCount: number }> {
  const items: string[] = [];
  let cursor: string | null = null;
  let totalCount = -1;
  for (let pages = 0; pages < 100; pages += 1) {
    const page = await readPage(c, backward ? { last: 1, before: cursor } : { first: 1, after: cursor });
    totalCount = page.totalCount;
    const read = page.edges.map((e) => JSON.stringify(e.node));
    items.splice(backward ? 0 : items.length, 0, ...read);
    const more = backward ? page.pageInfo.hasPreviousPage : page.pageInfo.hasNextPage;
    if (!more) return { items, totalCount };
    cursor = backward ? page.pageInfo.startCursor : page.pageInfo.endCursor;
  }
  throw new Error(`${c.field} did not end within 100 pages`);
}

describe('nested connections: every list that grows with the sources pages both ways', () => {
  beforeAll(async () => {
    await seedCuratedWith(api.database, FIXTURES);
    ({ facts, statements } = sourcesWith(FIXTURES));
  });
  // Inside the describe, so it runs before the API's own afterAll closes the connection.
  afterAll(async () => {
    await seedCuratedWith(api.database);
  });

  it.each(CASES.map((c) => [`${c.parent.split('(')[0]}.${c.field}`, c] as const))('%s: each item once, forwards and backwards, as many as the sources state', async (_name, c) => {
    const expected = c.expected();
    expect(expected).toBeGreaterThan(0);
    const forwards = await walk(c, false);
    const backwards = await walk(c, true);
    expect(forwards.items).toHaveLength(expected);
    expect(new Set(forwards.items).size).toBe(expected);
    expect(forwards.totalCount).toBe(expected);
    expect(backwards.items).toEqual(forwards.items);
    // One page of everything reads the same items in the same order.
    const whole = await readPage(c, { first: 100 });
    expect(whole.edges.map((e) => JSON.stringify(e.node))).toEqual(forwards.items);
    expect(whole.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  it('Query.sources and Source.facts: walked both ways, totalCount equal to the items (and to the deprecated factCount)', async () => {
    const query = `query ($first: Int, $last: Int, $before: String) { list: sources(first: $first, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { key } } } }`;
    const read = async (variables: Record<string, unknown>) => dataOf(await api.query<{ list: Page }>(query, variables)).list;
    const all = await read({ first: 100 });
    // The article, the fixtures and the backbone at least; other real sources may follow.
    expect(all.totalCount).toBe(all.edges.length);
    const keys = all.edges.map((e) => JSON.stringify(e.node));
    for (const key of ['bantenheadline-2017-03-mou-serang-banyuwangi', 'fixture-agreeing-report', 'fixture-disagreeing-report']) expect(keys).toContain(JSON.stringify({ key }));
    const backwards: string[] = [];
    let before: string | null = null;
    do {
      const page = await read({ last: 2, before });
      backwards.unshift(...page.edges.map((e) => JSON.stringify(e.node)));
      before = page.pageInfo.hasPreviousPage ? page.pageInfo.startCursor : null;
    } while (before);
    expect(backwards).toEqual(keys);

    const article = { parent: 'source(id: "bantenheadline-2017-03-mou-serang-banyuwangi")', field: 'facts', item: 'type fromKey toKey', expected: () => 0 };
    const forwards = await walk(article, false);
    expect(forwards.items).toHaveLength(forwards.totalCount);
    expect(new Set(forwards.items).size).toBe(forwards.totalCount);
    expect((await walk(article, true)).items).toEqual(forwards.items);
    const counted = dataOf(await api.query<{ source: { factCount: number } }>(`{ ${article.parent} { factCount } }`));
    expect(counted.source.factCount).toBe(forwards.totalCount);
  });

  it('refuses a cursor it did not issue, one of another list, and a page above MAX_PAGE_SIZE, as HTTP 400 BAD_USER_INPUT', async () => {
    const c = CASES[0];
    const bad = await api.query(pageQuery(c), { after: 'not-a-cursor' });
    expect(bad.status).toBe(400);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
    // A root list's cursor (keyed by a sort) names no position in a nested list.
    const root = dataOf(await api.query<{ regencies: { pageInfo: { endCursor: string } } }>('{ regencies(first: 1) { pageInfo { endCursor } } }'));
    const foreign = await api.query(pageQuery(c), { last: 1, before: root.regencies.pageInfo.endCursor });
    expect(foreign.status).toBe(400);
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'before' });
    const tooMany = await api.query(pageQuery(c), { first: api.config.maxPageSize + 1 });
    expect(tooMany.status).toBe(400);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });
});
