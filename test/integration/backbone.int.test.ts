import { dataOf, useTestApi } from '../helpers/api';

const api = useTestApi();

interface Page<T> {
  totalCount: number;
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe('the administrative backbone (idn-area-data 3.1.2)', () => {
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
    expect(data.provinces.totalCount).toBe(38);
    expect(data.regencies.totalCount + data.cities.totalCount).toBe(514);
    expect(data.districts.totalCount).toBe(7277);
    expect(data.villages.totalCount).toBe(83763);
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

  it('walks all 514 regencies by cursor: none twice, none missing, in code order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const response = await api.query<{ regencies: Page<{ code: string }> }>(
        'query ($after: String) { regencies(first: 37, after: $after) { totalCount edges { cursor node { code } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      const page: Page<{ code: string }> = dataOf(response).regencies;
      expect(page.totalCount).toBe(514);
      seen.push(...page.edges.map((e) => e.node.code));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(514 / 37));
    expect(seen).toHaveLength(514);
    expect(new Set(seen).size).toBe(514);
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
});
