import { dataOf, useTestApi } from '../helpers/api';
import { realSources } from '../helpers/sources';
import { csvRowCount } from '../helpers/area-data';
import type { GraphQLResponse } from '../helpers/api';

/**
 * Grouped counts (`statistics { ... }`): computed in Neo4j with COUNT {} and aggregation,
 * each field in one Cypher round trip, checked against the seeded backbone and article.
 */
const api = useTestApi();

interface ProvinceRow {
  province: { code: string; name: string };
  regencies: number;
  cities: number;
  districts: number;
  villages: number;
}

const PROVINCE_FIELDS = 'province { code name } regencies cities districts villages';

type ProvincesResponse = GraphQLResponse<{ statistics: { provinces: ProvinceRow[] } }>;

/** Asks `statistics.provinces` with the given arguments ("" or "(provinceCode: ...)"). */
async function provinceStatistics(args = ''): Promise<{ rows: ProvinceRow[]; response: ProvincesResponse }> {
  const response: ProvincesResponse = await api.query(`{ statistics { provinces${args} { ${PROVINCE_FIELDS} } } }`);
  return { rows: dataOf(response).statistics.provinces, response };
}

const sum = (rows: ProvinceRow[], pick: (row: ProvinceRow) => number): number => rows.reduce((total, row) => total + pick(row), 0);

describe('statistics.provinces', () => {
  it('counts all 38 provinces in one round trip, summing to the whole backbone', async () => {
    const { rows, response } = await provinceStatistics();
    expect(response.extensions?.cypherRoundTrips).toBe(1);
    expect(rows).toHaveLength(38);
    expect(rows.map((r) => r.province.code)).toEqual([...rows.map((r) => r.province.code)].sort());
    expect(sum(rows, (r) => r.regencies + r.cities)).toBe(csvRowCount('regencies'));
    expect(sum(rows, (r) => r.districts)).toBe(csvRowCount('districts'));
    expect(sum(rows, (r) => r.villages)).toBe(csvRowCount('villages'));
    expect(rows.find((r) => r.province.code === '36')).toEqual({
      province: { code: '36', name: 'Banten' },
      regencies: 4,
      cities: 4,
      districts: 155,
      villages: 1552,
    });
  });

  it('agrees with Province.counts and the paginated totalCounts', async () => {
    const data = dataOf<{
      statistics: { provinces: ProvinceRow[] };
      province: { counts: { regencies: number; cities: number; districts: number; villages: number } };
      regencies: { totalCount: number };
    }>(
      await api.query(`{
        statistics { provinces(provinceCode: "35") { ${PROVINCE_FIELDS} } }
        province(code: "35") { counts { regencies cities districts villages } }
        regencies(provinceCode: "35", first: 0) { totalCount }
      }`),
    );
    const [jatim] = data.statistics.provinces;
    expect(data.statistics.provinces).toHaveLength(1);
    expect(jatim.province.name).toBe('Jawa Timur');
    expect({ regencies: jatim.regencies, cities: jatim.cities, districts: jatim.districts, villages: jatim.villages }).toEqual(
      data.province.counts,
    );
    expect(jatim.regencies + jatim.cities).toBe(data.regencies.totalCount);
  });

  it('answers Banten alone: 4 regencies and 4 cities', async () => {
    const { rows, response } = await provinceStatistics('(provinceCode: "36")');
    expect(response.extensions?.cypherRoundTrips).toBe(1);
    expect(rows.map((r) => [r.province.name, r.regencies, r.cities])).toEqual([['Banten', 4, 4]]);
  });

  it('answers an empty list for a province that does not exist, and BAD_USER_INPUT for a malformed code', async () => {
    expect((await provinceStatistics('(provinceCode: "99")')).rows).toEqual([]);
    const malformed = await api.query('{ statistics { provinces(provinceCode: "36.04") { regencies } } }');
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0].message).toBe('"36.04" is not a province code: expected the form "36".');
  });

  it.each(['REGENCIES', 'CITIES', 'DISTRICTS', 'VILLAGES'] as const)('sorts by %s both ways, ties in code order', async (field) => {
    const pick = (r: ProvinceRow): number => r[field.toLowerCase() as 'regencies' | 'cities' | 'districts' | 'villages'];
    const byCount = (direction: 1 | -1) => (a: ProvinceRow, b: ProvinceRow) =>
      direction * (pick(a) - pick(b)) || a.province.code.localeCompare(b.province.code);

    const desc = (await provinceStatistics(`(sort: { field: ${field}, direction: DESC })`)).rows;
    expect(desc).toHaveLength(38);
    expect(desc).toEqual([...desc].sort(byCount(-1)));

    const asc = (await provinceStatistics(`(sort: { field: ${field} })`)).rows;
    expect(asc).toEqual([...asc].sort(byCount(1)));
  });

  it('sorts by name, and finds Jawa Tengah with the most villages', async () => {
    const byName = (await provinceStatistics('(sort: { field: NAME, direction: DESC })')).rows.map((r) => r.province.name);
    expect(byName).toEqual([...byName].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
    const [most] = (await provinceStatistics('(sort: { field: VILLAGES, direction: DESC })')).rows;
    expect(most.province.name).toBe('Jawa Tengah');
  });
});

describe('statistics of agreements', () => {
  it('per year: 2017 has the MoU, its year inferred; every year as the source files state it', async () => {
    const response = await api.query<{ statistics: { agreementsPerYear: Array<{ year: number; count: number; inferredCount: number }> } }>(
      '{ statistics { agreementsPerYear { year count inferredCount } } }',
    );
    const rows = dataOf(response).statistics.agreementsPerYear;
    const expected = new Map<number, { year: number; count: number; inferredCount: number }>();
    const agreements = new Map(realSources().sources.flatMap(({ data }) => data.agreements.map((a) => [a.id, a])));
    for (const agreement of agreements.values()) {
      if (!agreement.date) continue;
      const year = Number(agreement.date.slice(0, 4));
      const row = expected.get(year) ?? { year, count: 0, inferredCount: 0 };
      row.count += 1;
      if (agreement.dateInferred) row.inferredCount += 1;
      expected.set(year, row);
    }
    expect(rows).toEqual([...expected.values()].sort((a, b) => a.year - b.year));
    expect(rows.find((r) => r.year === 2017)?.inferredCount).toBeGreaterThanOrEqual(1);
    expect(response.extensions?.cypherRoundTrips).toBe(1);
  });

  it('per sector: education, health and tourism among them, counted as the source files state', async () => {
    const response = await api.query<{ statistics: { agreementsPerSector: Array<{ sector: { key: string }; count: number; priorityCount: number }> } }>(
      '{ statistics { agreementsPerSector { sector { key name localName } count priorityCount } } }',
    );
    const rows = dataOf(response).statistics.agreementsPerSector;
    const covers = realSources().facts.filter((f) => f.type === 'COVERS');
    for (const row of rows) {
      const ofSector = covers.filter((f) => f.to === `Sector:${row.sector.key}`);
      expect([row.sector.key, row.count, row.priorityCount]).toEqual([row.sector.key, ofSector.length, ofSector.filter((f) => f.properties.priority).length]);
    }
    expect(rows.map((r) => r.sector.key)).toEqual(expect.arrayContaining(['education', 'health', 'tourism']));
    expect(response.extensions?.cypherRoundTrips).toBe(1);
  });
});

describe('statistics of programs', () => {
  interface AdopterRow {
    program: { key: string; name: string };
    adopterCount: number;
    runnerCount: number;
  }

  it('ranks programs by adopters: the tourism-development programs have one (planned) adopter', async () => {
    const response = await api.query<{ statistics: { programsByAdopters: AdopterRow[] } }>(
      '{ statistics { programsByAdopters { program { key name } adopterCount runnerCount } } }',
    );
    const rows = dataOf(response).statistics.programsByAdopters;
    expect(response.extensions?.cypherRoundTrips).toBe(1);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual({
      program: { key: '35.10-tourism-development-programs', name: 'Tourism-development programs (program pengembangan pariwisata)' },
      adopterCount: 1,
      runnerCount: 1,
    });
    // Serang runs Banyuwangi's scholarships already: two runners, no recorded adoption.
    expect(rows[1]).toMatchObject({ program: { key: '35.10-scholarships-for-poor-students' }, adopterCount: 0, runnerCount: 2 });
    expect(rows.slice(1).every((r) => r.adopterCount === 0)).toBe(true);
  });

  it('counts only adoptions of a given status, and honours first', async () => {
    const data = dataOf<{ statistics: { planned: AdopterRow[]; done: AdopterRow[] } }>(
      await api.query(`{ statistics {
        planned: programsByAdopters(status: PLANNED, first: 1) { program { key } adopterCount runnerCount }
        done: programsByAdopters(status: DONE, first: 2) { program { key } adopterCount runnerCount }
      } }`),
    );
    expect(data.statistics.planned).toEqual([{ program: { key: '35.10-tourism-development-programs' }, adopterCount: 1, runnerCount: 1 }]);
    expect(data.statistics.done).toHaveLength(2);
    expect(data.statistics.done.every((r) => r.adopterCount === 0)).toBe(true);
  });

  it('refuses a page larger than the server maximum before running any Cypher', async () => {
    const response = await api.query('{ statistics { programsByAdopters(first: 1000) { adopterCount } } }');
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toBe('"first" must be from 0 to 100, but it is 1000.');
    expect(response.extensions?.cypherRoundTrips ?? 0).toBe(0);
  });

  it('histogram: five programs without adopters, one with one', async () => {
    const response = await api.query<{ statistics: { all: unknown[]; done: unknown[] } }>(`{ statistics {
      all: adopterHistogram { adopterCount programCount }
      done: adopterHistogram(status: DONE) { adopterCount programCount }
    } }`);
    expect(dataOf(response).statistics).toEqual({
      all: [
        { adopterCount: 0, programCount: 5 },
        { adopterCount: 1, programCount: 1 },
      ],
      done: [{ adopterCount: 0, programCount: 6 }],
    });
    expect(response.extensions?.cypherRoundTrips).toBe(2);
  });
});

describe('statistics of officials', () => {
  const SERANG_KINDS = [
    { kind: 'PLANNING', count: 1, groupCount: 0 },
    { kind: 'EDUCATION_CULTURE', count: 1, groupCount: 0 },
    { kind: 'HEALTH', count: 1, groupCount: 0 },
    { kind: 'TOURISM_YOUTH_SPORTS', count: 1, groupCount: 0 },
    { kind: 'VILLAGE_EMPOWERMENT', count: 1, groupCount: 0 },
    { kind: 'SECRETARIAT', count: 1, groupCount: 1 },
    { kind: 'OTHER', count: 0, groupCount: 0 },
  ];

  it('per agency kind: one head for each of the Serang agencies, every kind listed', async () => {
    const response = await api.query<{ statistics: { officialsPerAgencyKind: unknown[] } }>(
      '{ statistics { officialsPerAgencyKind { kind count groupCount } } }',
    );
    expect(dataOf(response).statistics.officialsPerAgencyKind).toEqual(SERANG_KINDS);
    expect(response.extensions?.cypherRoundTrips).toBe(1);
  });

  it('per government: the same for Kabupaten Serang, zeros for Banyuwangi (no agency of it is known)', async () => {
    const data = dataOf<{ statistics: { serang: unknown[]; banyuwangi: Array<{ count: number }> } }>(
      await api.query(`{ statistics {
        serang: officialsPerAgencyKind(governmentCode: "36.04") { kind count groupCount }
        banyuwangi: officialsPerAgencyKind(governmentCode: "35.10") { kind count groupCount }
      } }`),
    );
    expect(data.statistics.serang).toEqual(SERANG_KINDS);
    expect(data.statistics.banyuwangi).toHaveLength(7);
    expect(data.statistics.banyuwangi.every((r) => r.count === 0)).toBe(true);
  });

  it('refuses a malformed government code', async () => {
    const response = await api.query('{ statistics { officialsPerAgencyKind(governmentCode: "36") { count } } }');
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.argumentName).toBe('governmentCode');
  });
});

describe('statistics round trips', () => {
  it('one Cypher round trip per statistics field, however many are asked together (the README example)', async () => {
    const response = await api.query(`{
      statistics {
        provinces(sort: { field: VILLAGES, direction: DESC }) {
          province { code name } regencies cities districts villages
        }
        agreementsPerYear { year count inferredCount }
        agreementsPerSector { sector { key name } count priorityCount }
        programsByAdopters(first: 10) { program { key name } adopterCount runnerCount }
        adopterHistogram { adopterCount programCount }
        officialsPerAgencyKind(governmentCode: "36.04") { kind count groupCount }
      }
    }`);
    dataOf(response);
    expect(response.extensions?.cypherRoundTrips).toBe(6);
  });

  it('nested entities resolve through the per-request loaders: one more round trip per level', async () => {
    const response = await api.query<{ statistics: { provinces: Array<{ province: { regencies: unknown[] } }> } }>(`{
      statistics {
        provinces { province { regencies(kind: CITY) { code } } }        # 1 + province/regencies
        agreementsPerSector { sector { agreements { nodes { key } } } }             # 1 + sector/agreements
      }
    }`);
    const data = dataOf(response);
    expect(data.statistics.provinces.flatMap((p) => p.province.regencies)).toHaveLength(98);
    expect(response.extensions?.cypherRoundTrips).toBe(4);
  });
});
