import { compileWhere, compileSort, ParamBag } from '../../src/filter/compile';
import { sortSpec, whereSpec } from '../../src/filter/spec';
import { readIslands } from '../../src/seed/island-csv';
import { dataOf, useTestApi } from '../helpers/api';
import { csvRowCount, kmBetween } from '../helpers/area-data';
import { planOperators } from '../helpers/plan';

const api = useTestApi();

interface IslandNode {
  code: string;
  name: string;
  regencyCode: string | null;
  provinceCode: string;
  coordinate: { latitude: number; longitude: number };
  populated: boolean;
  outermostSmall: boolean;
}

const ISLAND_FIELDS = 'code name regencyCode provinceCode coordinate { latitude longitude } populated outermostSmall';

describe('islands through GraphQL (added through the model registry)', () => {
  it('counts every row of islands.csv, and the outermost small ones among them', async () => {
    const rows = readIslands();
    const data = dataOf(
      await api.query<{ all: { totalCount: number }; outermost: { totalCount: number } }>(
        '{ all: islands(first: 1) { totalCount } outermost: islands(first: 1, where: { outermostSmall: true }) { totalCount } }',
      ),
    );
    expect(data.all.totalCount).toBe(csvRowCount('islands'));
    expect(data.outermost.totalCount).toBe(rows.filter((row) => row.outermostSmall).length);
    expect(data.outermost.totalCount).toBeGreaterThan(0);
  });

  it('answers an island by code with its point, its regency and its province; null regency for an island of a province only', async () => {
    const rows = readIslands();
    const withRegency = rows.find((row) => row.regencyCode !== null);
    const ofProvince = rows.find((row) => row.regencyCode === null);
    if (!withRegency || !ofProvince) throw new Error('islands.csv has no island of each kind');
    const query = `query ($a: ID!, $b: ID!) {
      a: island(code: $a) { ${ISLAND_FIELDS} regency { code } province { code } }
      b: island(code: $b) { code regencyCode regency { code } province { code } }
    }`;
    const data = dataOf(
      await api.query<{ a: IslandNode & { regency: { code: string }; province: { code: string } }; b: { regencyCode: null; regency: null; province: { code: string } } }>(
        query,
        { a: withRegency.code, b: ofProvince.code },
      ),
    );
    expect(data.a).toMatchObject({
      code: withRegency.code,
      name: withRegency.name,
      coordinate: { latitude: withRegency.latitude, longitude: withRegency.longitude },
      regency: { code: withRegency.regencyCode },
      province: { code: withRegency.provinceCode },
    });
    expect(data.b).toEqual({ code: ofProvince.code, regencyCode: null, regency: null, province: { code: ofProvince.provinceCode } });
    const bad = await api.query('{ island(code: "11.01.4") { code } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('finds the islands within 10 km of a known island, as the file\'s coordinates put them', async () => {
    const rows = readIslands();
    const centre = rows.find((row) => row.code === '36.04.40016');
    if (!centre) throw new Error('36.04.40016 (Pulau Panjang) is not in islands.csv');
    const expected = rows.filter((row) => kmBetween(centre, row) <= 10).map((row) => row.code).sort();
    const data = dataOf(
      await api.query<{ islands: { totalCount: number; edges: Array<{ node: { code: string } }> } }>(
        'query ($lat: Float!, $lon: Float!) { islands(first: 100, where: { near: { latitude: $lat, longitude: $lon, km: 10 } }) { totalCount edges { node { code } } } }',
        { lat: centre.latitude, lon: centre.longitude },
      ),
    );
    expect(data.islands.edges.map((e) => e.node.code)).toEqual(expected);
    expect(data.islands.totalCount).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(5);
  });

  it('pages a regency\'s islands in code order and filters regencies by their islands', async () => {
    const inSerang = readIslands().filter((row) => row.regencyCode === '36.04').map((row) => row.code).sort();
    const data = dataOf(
      await api.query<{ regency: { islandCount: number; islands: { totalCount: number; edges: Array<{ node: { code: string } }> } }; regencies: { edges: Array<{ node: { code: string } }> } }>(
        `{ regency(code: "36.04") { islands(first: 100) { totalCount edges { node { code } } } }
           regencies(first: 100, where: { provinceCode: { eq: "36" }, islands: { some: { populated: true } } }) { edges { node { code } } } }`,
      ),
    );
    expect(data.regency.islands.totalCount).toBe(inSerang.length);
    expect(data.regency.islands.edges.map((e) => e.node.code)).toEqual(inSerang.slice(0, 100));
    expect(data.regencies.edges.map((e) => e.node.code)).toContain('36.04');
  });

  it('reaches an island in a neighbourhood and on a path, through the model\'s labels', async () => {
    const data = dataOf(
      await api.query<{ neighbourhood: { nodes: Array<{ ref: string; label: string }> } }>(
        '{ neighbourhood(of: "Island:36.04.40016", depth: 1) { nodes { ref label } } }',
      ),
    );
    expect(data.neighbourhood.nodes).toEqual(expect.arrayContaining([{ ref: 'Island:36.04.40016', label: 'ISLAND' }, { ref: 'Regency:36.04', label: 'REGENCY' }]));
  });

  it('answers the API\'s radius query from the point index, not a scan of every island', async () => {
    const bag = new ParamBag();
    const where = compileWhere(whereSpec('Island'), { near: { latitude: -6.0, longitude: 106.1, km: 10 } }, 'n', bag);
    const sorted = compileSort(sortSpec('Island'), null, null, 'n', bag);
    const text = api.database.catalog.render('island/list', { where, after: sorted.after, orderBy: sorted.orderBy, sortKey: sorted.sortKey });
    const operators = await planOperators(api.database.driver, api.config.neo4j.database, text, { ...bag.values, limit: 11 });
    expect(operators).toContainEqual(expect.stringMatching(/^NodeIndexSeekByRange POINT INDEX/));
    expect(operators.some((o) => /LabelScan|AllNodesScan/.test(o))).toBe(false);
  });
});
