import 'reflect-metadata';
import { compiledConnections } from '../../src/compile/plan';
import { createSchema } from '../../src/schema';
import { dataOf, useTestApi } from '../helpers/api';

// The signatories' officials' agreements nest 11 levels under the district that asks them uncompiled.
const api = useTestApi({ MAX_QUERY_DEPTH: '12' });

/**
 * A compiled query (src/compile/) answers exactly as the resolvers and their DataLoaders do:
 * the same selection asked under a root field that compiles and under one that does not
 * (`district(code:)`, `provinces`), compared whole, with the round trips showing which path ran.
 */
describe('compiled queries answer as the resolvers do', () => {
  async function both<T>(compiled: string, resolved: string, pick: (data: T) => unknown, variables?: Record<string, unknown>) {
    const a = await api.query<T>(compiled, variables);
    const b = await api.query<T>(resolved, variables);
    return { compiled: pick(dataOf(a)), resolved: pick(dataOf(b)), trips: [a.extensions?.cypherRoundTrips, b.extensions?.cypherRoundTrips] };
  }

  const REGENCY = `code name kind provinceCode id key
    province { id code name }
    agencies { totalCount nodes { id key name shortName kind governmentCode government { code } } }
    programs { nodes { since program { key name kind } government { code } provenance { quote source { key } } } }
    agreements { nodes { key title date dateText dateInferred place parties { nodes { government { code name } provenance { quote } } } sectors { nodes { priority sector { key } } } signatories { nodes { onBehalfOf { code } official { key name } } } } }
    districts(first: 3) { totalCount edges { cursor node { code name regencyCode villageCount regency { code } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }`;

  it('a regency page', async () => {
    type Data = { regency?: unknown; district?: { regency: unknown } };
    const r = await both<Data>(`{ regency(code: "36.04") { ${REGENCY} } }`, `{ district(code: "36.04.05") { regency { ${REGENCY} } } }`, (d) => d.regency ?? d.district?.regency);
    expect(r.compiled).toEqual(r.resolved);
    // compiled: the regency and every link in one query; then, through their loaders, the
    // references (provenance), a signature's onBehalfOf, and the references' sources
    expect(r.trips[0]).toBe(4);
    expect(r.trips[1]).toBeGreaterThan(r.trips[0] as number);
  });

  it('the next page of a nested connection, from a cursor', async () => {
    const first = await api.query<{ regency: { districts: { pageInfo: { endCursor: string } } } }>('{ regency(code: "36.04") { districts(first: 3) { pageInfo { endCursor } } } }');
    const after = dataOf(first).regency.districts.pageInfo.endCursor;
    const page = `districts(first: 4, after: $after) { totalCount edges { cursor node { code villageCount } } pageInfo { hasNextPage hasPreviousPage endCursor } }`;
    type Data = { regency?: unknown; district?: { regency: unknown } };
    const r = await both<Data>(
      `query ($after: String) { regency(code: "36.04") { ${page} } }`,
      `query ($after: String) { district(code: "36.04.05") { regency { ${page} } } }`,
      (d) => d.regency ?? d.district?.regency,
      { after },
    );
    expect(r.compiled).toEqual(r.resolved);
    expect(r.trips).toEqual([1, 3]);
  });

  it('a province with its regencies and their districts', async () => {
    const fields = 'code name regencies { code name kind province { code } districts(first: 100) { edges { node { code name villageCount } } } }';
    type Data = { province?: unknown; provinces?: { edges: Array<{ node: unknown }> } };
    const r = await both<Data>(`{ province(code: "35") { ${fields} } }`, `{ provinces(where: { code: { eq: "35" } }) { edges { node { ${fields} } } } }`, (d) => d.province ?? d.provinces?.edges[0]?.node);
    expect(r.compiled).toEqual(r.resolved);
    expect(r.trips[0]).toBe(1);
    expect(r.trips[1]).toBeGreaterThan(1);
  });

  it('a root list of regencies and of districts, filtered, with their links', async () => {
    const regencies = await api.query<{ regencies: { totalCount: number; edges: Array<{ cursor: string; node: { code: string; province: { code: string }; agencies: { nodes: unknown[] } } }> } }>(
      '{ regencies(provinceCode: "36", first: 5) { totalCount edges { cursor node { code province { code name } agencies { nodes { key } } } } pageInfo { hasNextPage endCursor } } }',
    );
    const list = dataOf(regencies).regencies;
    // the list with provinces and agencies compiled
    expect(regencies.extensions?.cypherRoundTrips).toBe(1);
    expect(list.totalCount).toBe(8);
    expect(list.edges.map((e) => e.node.province.code)).toEqual(Array(5).fill('36'));
    const serang = list.edges.find((e) => e.node.code === '36.04');
    expect(serang?.node.agencies.nodes.length).toBeGreaterThan(0);

    const villages = 'code regency { code name } villages(first: 2) { totalCount edges { cursor node { code name } } pageInfo { hasNextPage endCursor } }';
    const districts = await api.query<{ districts: { edges: Array<{ node: { code: string } }> } }>(`{ districts(regencyCode: "36.04", first: 2) { edges { node { ${villages} } } } }`);
    expect(districts.extensions?.cypherRoundTrips).toBe(1);
    for (const { node } of dataOf(districts).districts.edges) {
      const one = await api.query<{ district: unknown }>(`{ district(code: "${node.code}") { ${villages} } }`);
      expect(one.extensions?.cypherRoundTrips).toBeGreaterThan(1);
      expect(node).toEqual(dataOf(one).district);
    }
  });

  /**
   * Every nested connection the compiler answers, reached from `regency(code: "36.04")` (Kabupaten
   * Serang, compiled) and from `district(code: "36.04.05") { regency }` (not compiled): `{{page}}`
   * stands for the connection under test, the outer levels take their first item; then what
   * each item of it is asked.
   */
  const ENTITY = '__typename id';
  const PATHS: Record<string, [path: string, item: string]> = {
    'Regency.districts': ['districts{{page}}', ENTITY],
    'Regency.islands': ['islands{{page}}', ENTITY],
    'Regency.agencies': ['agencies{{page}}', ENTITY],
    'Regency.programs': ['programs{{page}}', 'since program { id name }'],
    'Regency.agreements': ['agreements{{page}}', ENTITY],
    'Regency.claims': ['claims{{page}}', ENTITY],
    'District.villages': ['districts(first: 1) { nodes { villages{{page}} } }', ENTITY],
    'Official.signedAgreements': ['agreements(first: 1) { nodes { signatories(first: 1) { nodes { official { signedAgreements{{page}} } } } } }', 'agreement { id title }'],
    'Program.runners': ['programs(first: 1) { nodes { program { runners{{page}} } } }', 'since government { code name }'],
    'Agreement.parties': ['agreements(first: 1) { nodes { parties{{page}} } }', 'government { code name }'],
    'Agreement.signatories': ['agreements(first: 1) { nodes { signatories{{page}} } }', 'official { id name }'],
    'Agreement.sectors': ['agreements(first: 1) { nodes { sectors{{page}} } }', 'priority sector { id }'],
    'Sector.agreements': ['agreements(first: 1) { nodes { sectors(first: 1) { nodes { sector { agreements{{page}} } } } } }', ENTITY],
    'Sector.programs': ['agreements(first: 1) { nodes { sectors(first: 1) { nodes { sector { programs{{page}} } } } } }', ENTITY],
  };

  type Page = {
    totalCount: number;
    edges: Array<{ cursor: string; node: unknown }>;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };

  /** The pages of the connection under test (one per parent on the path), compiled and not. */
  async function pages([path, item]: [string, string], variables: Record<string, unknown>): Promise<{ compiled: Page[]; resolved: Page[]; trips: unknown[] }> {
    const page = `(first: $first, after: $after, last: $last, before: $before) { totalCount edges { cursor node { ${item} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }`;
    const selection = path.replace('{{page}}', page);
    const head = 'query ($first: Int, $after: String, $last: Int, $before: String)';
    const a = await api.query<{ regency: unknown }>(`${head} { regency(code: "36.04") { ${selection} } }`, variables);
    const b = await api.query<{ district: { regency: unknown } }>(`${head} { district(code: "36.04.05") { regency { ${selection} } } }`, variables);
    return { compiled: collectPages(dataOf(a).regency), resolved: collectPages(dataOf(b).district.regency), trips: [a.extensions?.cypherRoundTrips, b.extensions?.cypherRoundTrips] };
  }

  /** The innermost connections of an answer: every object with `pageInfo`, below any other. */
  function collectPages(data: unknown): Page[] {
    if (Array.isArray(data)) return data.flatMap(collectPages);
    if (typeof data !== 'object' || data === null) return [];
    const inner = Object.values(data).flatMap(collectPages);
    return inner.length > 0 ? inner : 'pageInfo' in data ? [data as Page] : [];
  }

  it('covers every nested connection the compiler answers', async () => {
    expect(Object.keys(PATHS).sort()).toEqual(compiledConnections(await createSchema()).map((c) => c.field).sort());
  });

  it.each(Object.entries(PATHS))('%s: a compiled page, the next from its endCursor and back from that one\'s startCursor, as the loaders answer them', async (_field, path) => {
    const first = await pages(path, { first: 1 });
    expect(first.compiled).toEqual(first.resolved);
    expect(first.trips[0]).toBe(1);
    expect(first.trips[1]).toBeGreaterThan(1);
    const [page] = first.compiled as [Page];
    expect(page.edges).toHaveLength(1);

    const next = await pages(path, { first: 1, after: page.pageInfo.endCursor });
    expect(next.compiled).toEqual(next.resolved);
    expect(next.trips[0]).toBe(1);
    const [second] = next.compiled as [Page];
    expect(second.edges.length).toBe(page.totalCount > 1 ? 1 : 0);
    expect(second.pageInfo.hasPreviousPage).toBe(true);

    // back from the second page (or from the first, when it is the only one) through both paths
    const before = second.pageInfo.startCursor ?? page.pageInfo.startCursor;
    const back = await pages(path, { last: 1, before });
    expect(back.compiled).toEqual(back.resolved);
    expect(back.trips[0]).toBe(1);
    const [previous] = back.compiled as [Page];
    expect(previous.edges).toEqual(second.pageInfo.startCursor ? page.edges : []);
  });
});
