import { dataOf, useTestApi } from '../helpers/api';
import { realSources } from '../helpers/sources';
import { csvRowCount } from '../helpers/area-data';
import type { GraphQLResponse } from '../helpers/api';

const api = useTestApi();

interface Page<T> {
  totalCount: number;
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Walks a whole list by cursor, returning every node in order and the totalCount seen. */
async function walk<T>(field: string, selection: string, args: string, variables: Record<string, unknown>, pageSize: number): Promise<{ nodes: T[]; totalCount: number; pages: number }> {
  const nodes: T[] = [];
  let after: string | null = null;
  let totalCount = -1;
  let pages = 0;
  for (;;) {
    const response: GraphQLResponse<Record<string, Page<T>>> = await api.query(
      `query ($after: String ${Object.keys(variables).map((k) => `, $${k}: ${variableTypes[k]}`).join('')}) {
        ${field}(first: ${pageSize}, after: $after ${args}) { totalCount edges { cursor node { ${selection} } } pageInfo { hasNextPage endCursor } }
      }`,
      { after, ...variables },
    );
    const page: Page<T> = dataOf(response)[field];
    totalCount = page.totalCount;
    nodes.push(...page.edges.map((e) => e.node));
    pages += 1;
    if (!page.pageInfo.hasNextPage) return { nodes, totalCount, pages };
    after = page.pageInfo.endCursor;
  }
}
const variableTypes: Record<string, string> = {
  regencySort: '[RegencySort!]',
  villageSort: '[VillageSort!]',
  villageWhere: 'VillageWhere',
  programSort: '[ProgramSort!]',
};

const codes = (page: Page<{ code: string }>): string[] => page.edges.map((e) => e.node.code);

describe('where: conditions on fields and relationships', () => {
  it('finds regencies that signed any MoU, and those with a party in Jawa Timur', async () => {
    const data = dataOf<{ any: Page<{ code: string }>; jatim: Page<{ code: string }>; none: Page<{ code: string }> }>(
      await api.query(`{
        any: regencies(first: 100, where: { agreements: { some: {} } }) { totalCount edges { node { code } } }
        jatim: regencies(first: 100, where: { agreements: { some: { parties: { some: { province: { name: { eq: "Jawa Timur" } } } } } } }) { totalCount edges { node { code } } }
        none: regencies(first: 0, where: { agreements: { none: {} } }) { totalCount edges { node { code } } }
      }`),
    );
    // As the source files state it (a new source may add parties): the article's two among them.
    const parties = realSources().facts.filter((f) => f.type === 'PARTY_TO');
    const partiesOf = (agreement: string): string[] => parties.filter((f) => f.to === agreement).map((f) => f.from.slice('Regency:'.length));
    const any = [...new Set(parties.map((f) => f.from.slice('Regency:'.length)))].sort();
    const jatim = [...new Set(parties.filter((f) => partiesOf(f.to).some((code) => code.startsWith('35.'))).map((f) => f.from.slice('Regency:'.length)))].sort();
    expect(codes(data.any)).toEqual(any);
    expect(codes(data.any)).toEqual(expect.arrayContaining(['35.10', '36.04']));
    expect(codes(data.jatim)).toEqual(jatim);
    expect(data.none.totalCount).toBe(csvRowCount('regencies') - any.length);
  });

  it('combines AND, OR and NOT', async () => {
    const data = dataOf<{ regencies: Page<{ code: string }> }>(
      await api.query(`{ regencies(first: 100, where: {
        OR: [{ provinceCode: { eq: "36" } }, { code: { eq: "35.10" } }],
        NOT: { kind: { eq: CITY } }
      }) { totalCount edges { node { code } } } }`),
    );
    expect(codes(data.regencies)).toEqual(['35.10', '36.01', '36.02', '36.03', '36.04']);
  });

  it('matches names without regard to case, accents or abbreviations, and code prefixes', async () => {
    const data = dataOf<{ contains: Page<{ code: string }>; starts: Page<{ code: string }>; prefix: Page<{ code: string }> }>(
      await api.query(`{
        contains: regencies(first: 10, where: { name: { contains: "SÉRANG" } }) { totalCount edges { node { code } } }
        starts: regencies(first: 10, where: { name: { startsWith: "kota s" }, provinceCode: { eq: "36" } }) { totalCount edges { node { code } } }
        prefix: regencies(first: 0, where: { code: { startsWith: "36." } }) { totalCount }
      }`),
    );
    expect(codes(data.contains)).toEqual(['36.04', '36.73']);
    expect(codes(data.starts)).toEqual(['36.73']);
    expect(data.prefix.totalCount).toBe(8);
  });

  it('finds programs adopted by at least N governments', async () => {
    const data = dataOf<{ one: Page<{ key: string }>; two: Page<{ key: string }> }>(
      await api.query(`{
        one: programs(first: 10, where: { adopters: { count: { gte: 1 } } }) { totalCount edges { node { key } } }
        two: programs(first: 10, where: { adopters: { count: { gte: 2 } } }) { totalCount edges { node { key } } }
      }`),
    );
    expect(data.one.edges.map((e) => e.node.key)).toEqual(['35.10-tourism-development-programs']);
    expect(data.two.totalCount).toBe(0);
  });

  it('finds officials who accompanied someone, and whom', async () => {
    const data = dataOf<{ companions: Page<{ key: string }>; ofTatu: Page<{ key: string }>; notCompanions: Page<{ key: string }> }>(
      await api.query(`{
        companions: officials(first: 20, where: { accompanied: { some: {} } }) { totalCount edges { node { key } } }
        ofTatu: officials(first: 20, where: { accompanied: { some: { name: { contains: "Tatu" } } }, agencies: { some: { kind: { eq: HEALTH } } } }) { totalCount edges { node { key } } }
        notCompanions: officials(first: 20, where: { NOT: { accompanied: { some: {} } } }) { totalCount edges { node { key } } }
      }`),
    );
    const { sources, facts } = realSources();
    const companions = new Set(facts.filter((f) => f.type === 'ACCOMPANIED').map((f) => f.from.slice('Official:'.length)));
    const officials = new Set(sources.flatMap(({ data: file }) => file.officials.map((o) => o.id)));
    expect(data.companions.totalCount).toBe(companions.size);
    expect(data.ofTatu.edges.map((e) => e.node.key)).toContain('sri-nurhayati');
    expect(data.notCompanions.edges.map((e) => e.node.key).sort()).toEqual([...officials].filter((id) => !companions.has(id)).sort().slice(0, 20));
    expect(data.notCompanions.edges.map((e) => e.node.key)).toEqual(expect.arrayContaining(['abdullah-azwar-anas', 'ratu-tatu-chasanah']));
  });

  it('filters agreements by date range and sector, districts by village count', async () => {
    const data = dataOf<{ in2017: Page<{ key: string }>; after2018: Page<{ key: string }>; tourism: Page<{ key: string }>; bigDistricts: Page<{ code: string; villageCount: number }>; allDistricts: { totalCount: number } }>(
      await api.query(`{
        in2017: agreements(first: 10, where: { date: { gte: "2017-01-01", lte: "2017-12-31" }, dateInferred: true }) { totalCount edges { node { key } } }
        after2018: agreements(first: 10, where: { date: { gt: "2018-01-01" } }) { totalCount edges { node { key } } }
        tourism: agreements(first: 10, where: { sectors: { some: { localName: { eq: "pariwisata" } } } }) { totalCount edges { node { key } } }
        bigDistricts: districts(first: 100, where: { regencyCode: { eq: "36.04" }, villageCount: { gte: 12 } }) { totalCount edges { node { code villageCount } } }
        allDistricts: districts(first: 0, regencyCode: "36.04") { totalCount }
      }`),
    );
    const { sources: files, facts: stated } = realSources();
    const agreements = new Map(files.flatMap(({ data: file }) => file.agreements.map((a) => [a.id, a])));
    expect(data.in2017.edges.map((e) => e.node.key)).toContain('mou-serang-banyuwangi-2017');
    expect(data.after2018.totalCount).toBe([...agreements.values()].filter((a) => a.date !== null && a.date > '2018-01-01').length);
    expect(data.tourism.totalCount).toBe(stated.filter((f) => f.type === 'COVERS' && f.to === 'Sector:tourism').length);
    expect(data.tourism.edges.map((e) => e.node.key)).toContain('mou-serang-banyuwangi-2017');
    expect(data.bigDistricts.totalCount).toBeGreaterThan(0);
    expect(data.bigDistricts.totalCount).toBeLessThan(data.allDistricts.totalCount);
    expect(data.bigDistricts.edges.every((e) => e.node.villageCount >= 12)).toBe(true);
  });

  it('costs one Cypher round trip per list, whatever the conditions', async () => {
    const response = await api.query('{ regencies(first: 5, where: { agreements: { some: { sectors: { some: { key: { eq: "tourism" } } } } } }) { totalCount } }');
    dataOf(response);
    expect(response.extensions?.cypherRoundTrips).toBe(1);
  });
});

describe('sort with keyset cursors', () => {
  it('walks all 514 regencies by name, descending: none twice, none missing, in order', async () => {
    const { nodes, totalCount } = await walk<{ code: string; name: string }>('regencies', 'code name', ', sort: $regencySort', { regencySort: [{ field: 'NAME', direction: 'DESC' }] }, 50);
    expect(totalCount).toBe(514);
    expect(new Set(nodes.map((n) => n.code)).size).toBe(514);
    const expected = [...nodes].sort((a, b) => (a.name === b.name ? a.code.localeCompare(b.code) : a.name < b.name ? 1 : -1));
    expect(nodes).toEqual(expected);
  });

  it('keeps ties apart by code: villages of Kabupaten Serang by name (many share a name)', async () => {
    const where = { district: { regencyCode: { eq: '36.04' } } };
    const { nodes, totalCount, pages } = await walk<{ code: string; name: string }>(
      'villages', 'code name', ', where: $villageWhere, sort: $villageSort',
      { villageWhere: where, villageSort: [{ field: 'NAME', direction: 'ASC' }] }, 23,
    );
    expect(pages).toBeGreaterThan(5);
    expect(nodes).toHaveLength(totalCount);
    expect(new Set(nodes.map((n) => n.code)).size).toBe(totalCount);
    const names = nodes.map((n) => n.name);
    expect(new Set(names).size).toBeLessThan(names.length); // there are ties to break
    const expected = [...nodes].sort((a, b) => (a.name === b.name ? (a.code < b.code ? -1 : 1) : a.name < b.name ? -1 : 1));
    expect(nodes).toEqual(expected);
  });

  it('sorts by several keys and by nullable numbers (missing values lowest)', async () => {
    const { nodes } = await walk<{ key: string; since: number | null }>('programs', 'key since', ', sort: $programSort', { programSort: [{ field: 'SINCE', direction: 'DESC' }] }, 2);
    expect(nodes).toHaveLength(6);
    expect(nodes[0]).toEqual({ key: '36.04-comparative-study-ban', since: 2016 });
    expect(nodes.slice(1).every((n) => n.since === null)).toBe(true);
    expect(nodes.slice(1).map((n) => n.key)).toEqual([...nodes.slice(1).map((n) => n.key)].sort());
    const data = dataOf<{ regencies: Page<{ code: string; kind: string }> }>(
      await api.query('{ regencies(first: 8, provinceCode: "36", sort: [{ field: KIND, direction: ASC }, { field: NAME, direction: DESC }]) { edges { node { code kind } } } }'),
    );
    // cities first (KIND ASC: CITY < REGENCY), each group by name descending
    expect(codes(data.regencies)).toEqual(['36.74', '36.71', '36.73', '36.72', '36.03', '36.04', '36.01', '36.02']);
  });

  it('refuses a cursor issued under another sort', async () => {
    const first = dataOf<{ regencies: Page<{ code: string }> }>(await api.query('{ regencies(first: 2, sort: [{ field: NAME }]) { edges { cursor node { code } } pageInfo { endCursor } } }'));
    const response = await api.query('query ($after: String) { regencies(first: 2, after: $after) { totalCount } }', { after: first.regencies.pageInfo.endCursor });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(/another sort order/);
  });
});

describe('limits that protect the server', () => {
  it('refuses a query deeper than the limit before any Cypher runs', async () => {
    const deep = '{ regency(code: "36.04") { partners { nodes { partners { nodes { partners { nodes { partners { nodes { partners { nodes { partners { partners { partners { partners { partners { partners { code } } } } } } } } } } } } } } } } } }';
    const response = await api.query(deep);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', limit: 6, actual: 13 });
    expect(response.errors?.[0].message).toBe('The request has 13 levels of nested fields, over the limit of 6; ask for fewer nested fields.');
    expect(response.extensions?.cypherRoundTrips ?? 0).toBe(0);
  });

  it('refuses a query costlier than the budget, saying by how much', async () => {
    // 1 + 1000 nodes x (1 + 10 entities x (1 + (1 + 100 districts x 1))) = 1,021,001
    const costly = '{ neighbourhood(of: "Regency:36.04", limit: 1000) { nodes { entity { ... on Regency { districts(first: 100) { totalCount } } } } } }';
    const response = await api.query(costly);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 500000, actual: 1021001 });
    expect(response.errors?.[0].message).toBe(
      'The request has 1021001 units of estimated cost, over the limit of 500000; ask for smaller pages (first) or fewer nested lists.',
    );
    expect(response.extensions?.cypherRoundTrips ?? 0).toBe(0);
  });
});
