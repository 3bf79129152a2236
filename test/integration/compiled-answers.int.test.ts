import { dataOf, useTestApi } from '../helpers/api';

const api = useTestApi({ MAX_QUERY_DEPTH: '9' });

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
    // compiled: the regency, its province and districts in one query; the connections paged by a
    // sort key (agencies, programs, agreements, an agreement's parties, sectors, signatories) are
    // not compiled yet (src/compile/plan.ts KEY_PAGED) and go through their loaders, as do the
    // references (provenance), onBehalfOf and the references' sources
    expect(r.trips[0]).toBe(12);
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
    // the list with provinces compiled; the agencies through their loader
    expect(regencies.extensions?.cypherRoundTrips).toBe(2);
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
});
