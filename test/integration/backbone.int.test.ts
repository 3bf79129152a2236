import fs from 'node:fs';
import path from 'node:path';
import { parseHeader, statementOf } from '../../src/cli/cypher-header';
import { isSeeded, seedBackbone, silentSeedLog } from '../../src/seed';
import { BACKBONE_SOURCE, installedAreaDataVersion } from '../../src/seed/backbone-source';
import { backboneFingerprint } from '../../src/seed/fingerprint';
import { parseDmsCoordinate } from '../../src/seed/coordinate';
import { readIslands } from '../../src/seed/island-csv';
import { dataOf, useTestApi } from '../helpers/api';
import { csvLines, csvRowCount, kmBetween } from '../helpers/area-data';
import { planOperators } from '../helpers/plan';

const api = useTestApi();

interface Page<T> {
  totalCount: number;
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe(`the administrative backbone (idn-area-data ${installedAreaDataVersion()})`, () => {
  it('has every province, regency, district and village, counted through the API', async () => {
    const data = dataOf<{
      provinces: { totalCount: number };
      regencies: { totalCount: number };
      cities: { totalCount: number };
      districts: { totalCount: number };
      villages: { totalCount: number };
    }>(
      await api.query(`{
        provinces(first: 0) { totalCount }
        regencies(first: 0, kind: REGENCY) { totalCount }
        cities: regencies(first: 0, kind: CITY) { totalCount }
        districts(first: 0) { totalCount }
        villages(first: 0) { totalCount }
      }`),
    );
    expect(data.provinces.totalCount).toBe(csvRowCount('provinces'));
    expect(data.regencies.totalCount + data.cities.totalCount).toBe(csvRowCount('regencies'));
    expect(data.districts.totalCount).toBe(csvRowCount('districts'));
    expect(data.villages.totalCount).toBe(csvRowCount('villages'));
  });

  it('keeps Kabupaten Serang and Kota Serang apart, with well-cased names', async () => {
    const data = dataOf<{ kab: { name: string; kind: string; province: { name: string } }; kota: { name: string; kind: string } }>(
      await api.query(`{
        kab: regency(code: "36.04") { name kind province { name } }
        kota: regency(code: "36.73") { name kind }
      }`),
    );
    expect(data.kab).toEqual({ name: 'Kabupaten Serang', kind: 'REGENCY', province: { name: 'Banten' } });
    expect(data.kota).toEqual({ name: 'Kota Serang', kind: 'CITY' });
  });

  it('links districts and villages both ways', async () => {
    const data = dataOf<{
      district: { code: string; regency: { code: string }; villageCount: number; villages: Page<{ code: string; district: { code: string } }> };
      village: { name: string; district: { code: string } };
    }>(
      await api.query(`{
        district(code: "36.04.05") { code regency { code } villageCount villages(first: 3) { totalCount edges { node { code district { code } } } } }
        village(code: "36.04.05.2001") { name district { code } }
      }`),
    );
    expect(data.district.regency.code).toBe('36.04');
    expect(data.district.villages.totalCount).toBe(data.district.villageCount);
    expect(data.district.villages.edges.map((e) => e.node.district.code)).toEqual(['36.04.05', '36.04.05', '36.04.05']);
    expect(data.village.district.code).toBe('36.04.05');
  });

  it('answers null for an absent code and BAD_USER_INPUT for a malformed one', async () => {
    const absent = await api.query('{ regency(code: "99.99") { name } }');
    expect(absent.errors).toBeUndefined();
    expect(absent.data).toEqual({ regency: null });

    const malformed = await api.query('{ regency(code: "3604") { name } }');
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0].message).toBe('"3604" is not a regency code: expected the form "36.04".');
  });

  it('filters regencies by province, kind and name', async () => {
    const data = dataOf<{ banten: Page<{ code: string }>; kotaBanten: Page<{ name: string }>; named: Page<{ code: string }> }>(
      await api.query(`{
        banten: regencies(provinceCode: "36", first: 100) { totalCount edges { node { code } } }
        kotaBanten: regencies(provinceCode: "36", kind: CITY, first: 100) { totalCount edges { node { name } } }
        named: regencies(name: "Kab. Serang", first: 10) { totalCount edges { node { code } } }
      }`),
    );
    expect(data.banten.totalCount).toBe(8);
    expect(data.kotaBanten.edges.map((e) => e.node.name)).toEqual(['Kota Tangerang', 'Kota Cilegon', 'Kota Serang', 'Kota Tangerang Selatan']);
    expect(data.named.edges.map((e) => e.node.code)).toEqual(['36.04']);
  });

  it('walks all regencies by cursor: none twice, none missing, in code order', async () => {
    const all = csvRowCount('regencies');
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const response = await api.query<{ regencies: Page<{ code: string }> }>(
        'query ($after: String) { regencies(first: 37, after: $after) { totalCount edges { cursor node { code } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      const page: Page<{ code: string }> = dataOf(response).regencies;
      expect(page.totalCount).toBe(all);
      seen.push(...page.edges.map((e) => e.node.code));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(all / 37));
    expect(seen).toHaveLength(all);
    expect(new Set(seen).size).toBe(all);
    expect([...seen].sort()).toEqual(seen);
  });

  it('refuses a page larger than the maximum and a forged cursor', async () => {
    const tooBig = await api.query('{ regencies(first: 1000) { totalCount } }');
    expect(tooBig.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooBig.errors?.[0].message).toBe('"first" must be from 0 to 100, but it is 1000.');
    const forged = await api.query('{ regencies(first: 5, after: "36.04") { totalCount } }');
    expect(forged.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('counts the units of a province', async () => {
    const data = dataOf<{ province: { counts: { regencies: number; cities: number; districts: number; villages: number }; regencies: Array<{ code: string }> } }>(
      await api.query('{ province(code: "36") { counts { regencies cities districts villages } regencies { code } } }'),
    );
    expect(data.province.counts.regencies + data.province.counts.cities).toBe(data.province.regencies.length);
    expect(data.province.counts).toMatchObject({ regencies: 4, cities: 4 });
    expect(data.province.counts.districts).toBeGreaterThan(100);
    expect(data.province.counts.villages).toBeGreaterThan(1000);
  });

  it('gives each village the kind its code states: 1xxx a kelurahan, 2xxx a desa, 3xxx "Desa Adat ..." a desa', async () => {
    const lines = csvLines('villages', '').slice(1);
    const expected = {
      KELURAHAN: lines.filter((line) => /^[\d.]+\.1\d{3},/.test(line)).length,
      DESA: lines.filter((line) => /^[\d.]+\.2\d{3},/.test(line) || /^[\d.]+\.3\d{3},[\d.]+,"?Desa Adat /.test(line)).length,
    };
    const rows = await api.database.executor.runText('READ', 'MATCH (v:Village) RETURN v.kind AS kind, count(*) AS villages ORDER BY kind');
    expect(rows).toEqual([
      { kind: 'DESA', villages: expected.DESA },
      { kind: 'KELURAHAN', villages: expected.KELURAHAN },
    ]);
    expect(expected.DESA + expected.KELURAHAN).toBe(csvRowCount('villages'));
  });

  it('states its source once: the regulation and the package version, named by every backbone node', async () => {
    const [source] = await api.database.executor.runText(
      'READ',
      'MATCH (s:Source {id: $id}) RETURN s {.kind, .title, .publisher, .dataset, .datasetVersion, .licence} AS source',
      { id: BACKBONE_SOURCE.id },
    );
    expect(source?.source).toEqual({
      kind: 'REGULATION',
      title: expect.stringContaining('Nomor 300.2.2-2138 Tahun 2025'),
      publisher: 'Kementerian Dalam Negeri',
      dataset: 'idn-area-data',
      datasetVersion: installedAreaDataVersion(),
      licence: 'ODbL-1.0',
    });
    const [counts] = await api.database.executor.runText(
      'READ',
      `UNWIND ['Province', 'Regency', 'District', 'Village', 'Island'] AS label
       MATCH (n) WHERE label IN labels(n)
       RETURN count(n) AS nodes, count(CASE WHEN n.sourceId = $id THEN 1 END) AS sourced`,
      { id: BACKBONE_SOURCE.id },
    );
    const rows = (['provinces', 'regencies', 'districts', 'villages', 'islands'] as const).reduce((n, file) => n + csvRowCount(file), 0);
    expect(counts).toEqual({ nodes: rows, sourced: rows });
  });
});

describe('islands', () => {
  const PULAU_PANJANG = '36.04.40016';

  it('has every row of islands.csv, each in its regency or, when it has none, its province', async () => {
    const [row] = await api.database.executor.runText(
      'READ',
      `MATCH (i:Island)
       RETURN count(i) AS islands,
              count(CASE WHEN i.regencyCode IS NULL THEN 1 END) AS ofNoRegency,
              count(CASE WHEN COUNT { (i)-[:IN_REGENCY]->(:Regency {code: i.regencyCode}) } = 1 THEN 1 END) AS inTheirRegency,
              count(CASE WHEN i.regencyCode IS NULL AND COUNT { (i)-[:IN_PROVINCE]->(:Province {code: i.provinceCode}) } = 1 THEN 1 END) AS inTheirProvince,
              count(CASE WHEN COUNT { (i)-->() } = 1 THEN 1 END) AS withOneParent`,
    );
    const ofNoRegency = csvLines('islands', '').filter((line) => /^[\d.]+,,/.test(line)).length;
    const islands = csvRowCount('islands');
    expect(row).toEqual({ islands, ofNoRegency, inTheirRegency: islands - ofNoRegency, inTheirProvince: ofNoRegency, withOneParent: islands });
    expect(ofNoRegency).toBeGreaterThan(0);
  });

  it('keeps a known island\'s coordinate as a WGS-84 point, exactly as parsed from the file', async () => {
    const [line] = csvLines('islands', `${PULAU_PANJANG},`);
    const text = /"(.*)"/.exec(line ?? '')?.[1]?.replace(/""/g, '"') ?? '';
    const expected = parseDmsCoordinate(text);
    const [row] = await api.database.executor.runText(
      'READ',
      `MATCH (i:Island {code: $code})
       RETURN i.name AS name, i.populated AS populated, i.outermostSmall AS outermostSmall,
              i.coordinate.latitude AS latitude, i.coordinate.longitude AS longitude, i.coordinate.srid AS srid`,
      { code: PULAU_PANJANG },
    );
    expect(row).toEqual({ name: 'Pulau Panjang', populated: true, outermostSmall: false, ...expected, srid: 4326 });
  });

  describe('within 10 km of Pulau Panjang (cypher/examples/islands-near.cypher)', () => {
    const file = fs.readFileSync(path.resolve(__dirname, '../../cypher/examples/islands-near.cypher'), 'utf8');
    const statement = statementOf(file);
    const params = parseHeader(file).params;

    it('finds the islands the file\'s coordinates put there, nearest first', async () => {
      const rows = readIslands();
      const centre = rows.find((i) => i.code === PULAU_PANJANG);
      if (!centre) throw new Error(`${PULAU_PANJANG} is not in islands.csv`);
      expect(params).toMatchObject({ latitude: centre.latitude, longitude: centre.longitude, km: 10 });
      const distances = rows.map((i) => ({ code: i.code, km: kmBetween(centre, i) }));
      // No island near the edge, so the Earth radius Neo4j takes cannot change the answer.
      expect(distances.filter((d) => d.km > 9.5 && d.km < 10.5)).toEqual([]);
      const expected = distances.filter((d) => d.km <= 10).sort((a, b) => a.km - b.km);
      expect(expected.length).toBeGreaterThan(5);

      const found = await api.database.executor.runText('READ', statement, params);
      expect(found.map((r) => r.code)).toEqual(expected.map((d) => d.code));
      expect(found[0]).toMatchObject({ code: PULAU_PANJANG, km: 0, regencyCode: '36.04', provinceCode: '36' });
    });

    it('is served by the point index, not a scan of every island', async () => {
      const operators = await planOperators(api.database.driver, api.config.neo4j.database, statement, params);
      expect(operators).toContainEqual(expect.stringMatching(/^NodeIndexSeekByRange POINT INDEX island:Island\(coordinate\) WHERE point\.distance/));
      expect(operators.some((o) => /LabelScan|AllNodesScan/.test(o))).toBe(false);
    });
  });
});

describe('an upgrade of the dataset', () => {
  it('deletes the backbone nodes whose code it no longer has, and marks the backbone with the new files\' fingerprint', async () => {
    const { executor, catalog } = api.database;
    // What a graph seeded from an older version looks like: codes the dataset lacks, another fingerprint.
    await executor.runText(
      'WRITE',
      `MATCH (r:Regency {code: '36.04'}), (p:Province {code: '36'}), (s:Source {id: $id})
       CREATE (d:District {code: '36.04.99', name: 'Gone'})-[:IN_REGENCY]->(r),
              (:Village {code: '36.04.99.2001', name: 'Gone'})-[:IN_DISTRICT]->(d),
              (:Island {code: '36.00.49999', name: 'Pulau Gone'})-[:IN_PROVINCE]->(p)
       SET s.seedFingerprint = 'older-version'`,
      { id: BACKBONE_SOURCE.id },
    );
    expect(await isSeeded(executor)).toBe(false);

    await seedBackbone(executor, catalog, silentSeedLog);

    const [gone] = await executor.runText(
      'READ',
      "MATCH (s:Source {id: $id}) RETURN COUNT { MATCH (n) WHERE n.code IN ['36.04.99', '36.04.99.2001', '36.00.49999'] } AS left, s.seedFingerprint AS fingerprint",
      { id: BACKBONE_SOURCE.id },
    );
    expect(gone).toEqual({ left: 0, fingerprint: backboneFingerprint() });
    // Every level and link has its CSV count again, and the fingerprint is the files'.
    expect(await isSeeded(executor)).toBe(true);
  });
});
