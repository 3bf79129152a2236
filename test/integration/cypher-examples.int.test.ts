import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { mergeParams } from '../../src/cli/cypher-args';
import { parseHeader, statementOf } from '../../src/cli/cypher-header';
import type { Row } from '../../src/db/executor';
import { useTestApi } from '../helpers/api';
import { csvRowCount } from '../helpers/area-data';
import { expectedBackboneGraph, readBackbone } from '../../src/seed/backbone';

/**
 * Runs every researcher's example in cypher/examples against the seeded graph, the way the
 * command does (header defaults, then overrides; a READ session; rows streamed), and checks
 * what each answers.
 */
const examplesDir = path.resolve(__dirname, '../../cypher/examples');
const files = fs
  .readdirSync(examplesDir)
  .filter((f) => f.endsWith('.cypher'))
  .sort();

const api = useTestApi();

async function example(name: string, overrides: Record<string, string> = {}): Promise<Row[]> {
  const text = fs.readFileSync(path.join(examplesDir, `${name}.cypher`), 'utf8');
  const given = Object.entries(overrides).map(([key, raw]) => ({ name: key, raw }));
  const rows: Row[] = [];
  await api.database.executor.stream('READ', statementOf(text), mergeParams(parseHeader(text).params, given), {
    row: (row) => {
      rows.push(row);
    },
  });
  return rows;
}

const sum = (rows: Row[], key: string): number => rows.reduce((total, row) => total + (row[key] as number), 0);

const checks: Record<string, () => Promise<void>> = {
  'mou-network': async () => {
    // The article's edge 36.04–35.10, written once from the lower code (other sources may add edges).
    const rows = (await example('mou-network')).filter((r) => r.agreement === 'mou-serang-banyuwangi-2017');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      fromCode: '35.10',
      fromName: 'Kabupaten Banyuwangi',
      fromProvince: 'Jawa Timur',
      toCode: '36.04',
      toName: 'Kabupaten Serang',
      toProvince: 'Banten',
      agreement: 'mou-serang-banyuwangi-2017',
      date: '2017-03-22',
      dateInferred: true,
      sectors: ['education', 'health', 'tourism'],
      signatories: ['Abdullah Azwar Anas', 'Ratu Tatu Chasanah'],
    });
    const agreementsOf = async (params: Record<string, string>): Promise<unknown[]> => (await example('mou-network', params)).map((r) => r.agreement);
    expect(await agreementsOf({ until: '2016-12-31' })).not.toContain('mou-serang-banyuwangi-2017');
    expect(await agreementsOf({ sectorIds: '["health"]' })).toContain('mou-serang-banyuwangi-2017');
    expect(await agreementsOf({ sectorIds: '["police"]' })).not.toContain('mou-serang-banyuwangi-2017');
  },

  'agreements-by-sector-and-year': async () => {
    const rows = await example('agreements-by-sector-and-year');
    // The article's MoU in its three sectors, as the only 2017 agreement of the article (other
    // sources may add rows, never take these away); rows in year and sector order.
    const in2017 = rows.filter((r) => r.year === 2017).map((r) => r.sector);
    expect(in2017).toEqual(expect.arrayContaining(['education', 'health', 'tourism']));
    expect(rows.map((r) => [r.year, r.sector])).toEqual([...rows.map((r) => [r.year, r.sector])].sort((a, b) => Number(a[0]) - Number(b[0]) || String(a[1]).localeCompare(String(b[1]))));
    expect(rows.every((r) => (r.agreements as number) >= 1 && (r.asPriority as number) <= (r.agreements as number))).toBe(true);
  },

  'shortest-path-between-officials': async () => {
    const rows = await example('shortest-path-between-officials');
    expect(rows.map((r) => [r.step, r.fromNode, r.relationship])).toEqual([
      [1, 'Anang Mulyana', '-[ACCOMPANIED]->'],
      [2, 'Ratu Tatu Chasanah', '-[SIGNED_MOU]->'],
      [3, 'Memorandum of understanding (MoU) between Pemkab Serang and Pemkab Banyuwangi', '<-[SIGNED_MOU]-'],
    ]);
    expect(rows[2]?.toNode).toBe('Abdullah Azwar Anas');
    expect(rows.every((r) => r.hops === 3 && typeof r.quote === 'string' && r.quote.length > 0)).toBe(true);
    // Abdullah of the DPMD is not Abdullah Azwar Anas: a path of 3 steps, not 0.
    const namesakes = await example('shortest-path-between-officials', { fromId: 'abdullah-dpmd-serang' });
    expect(namesakes).toHaveLength(3);
    expect(await example('shortest-path-between-officials', { fromId: 'nobody' })).toEqual([]);
  },

  'adoptions-by-province': async () => {
    expect(await example('adoptions-by-province')).toEqual([
      {
        provinceCode: '36',
        province: 'Banten',
        fromProvinceCode: '35',
        fromProvince: 'Jawa Timur',
        status: 'PLANNED',
        adoptions: 1,
        detail: ['Kabupaten Serang <- Kabupaten Banyuwangi: 35.10-tourism-development-programs'],
      },
    ]);
    expect(await example('adoptions-by-province', { statuses: '["DONE"]' })).toEqual([]);
  },

  'provincial-coverage': async () => {
    const rows = await example('provincial-coverage');
    expect(rows).toHaveLength(38);
    expect(sum(rows, 'governments')).toBe(514);
    // Banyuwangi and Serang are covered (other sources may cover more governments).
    expect(rows).toEqual(
      expect.arrayContaining([
        { code: '35', province: 'Jawa Timur', governments: 38, covered: expect.any(Number), percent: expect.any(Number) },
        { code: '36', province: 'Banten', governments: 8, covered: expect.any(Number), percent: expect.any(Number) },
      ]),
    );
    const covered = rows.filter((r) => (r.covered as number) > 0);
    expect(covered.map((r) => r.code)).toEqual(expect.arrayContaining(['35', '36']));
    expect(await example('provincial-coverage', { onlyCovered: 'true' })).toHaveLength(covered.length);
  },

  'provenance-audit': async () => {
    expect(await example('provenance-audit')).toEqual([]);
    // It does find facts without provenance: the backbone has none of its own.
    const backbone = await example('provenance-audit', { nodeLabels: '["Province"]', relationshipTypes: '["IN_PROVINCE"]' });
    const nodes = backbone.filter((r) => r.fact === 'node');
    const relationships = backbone.filter((r) => r.fact === 'relationship');
    expect(nodes).toHaveLength(38);
    expect(nodes.every((r) => r.problem === 'no SOURCED_FROM')).toBe(true);
    expect(relationships).toHaveLength(expectedBackboneGraph(readBackbone()).relationships.IN_PROVINCE);
    expect(relationships).toContainEqual({ fact: 'relationship', type: 'IN_PROVINCE', key: '36.04 -> 36', problem: 'no statement citing a Source' });
  },

  'degree-centrality': async () => {
    // Banyuwangi and Serang, each with the MoU (other sources may add agreements and partners).
    const rows = await example('degree-centrality');
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: '35.10', name: 'Kabupaten Banyuwangi', province: 'Jawa Timur' }),
        expect.objectContaining({ code: '36.04', name: 'Kabupaten Serang', province: 'Banten' }),
      ]),
    );
    expect(rows.every((r) => (r.partners as number) >= 1 && (r.agreements as number) >= 1)).toBe(true);
    expect(rows.find((r) => r.code === '35.10')?.programsSpread).toBeGreaterThanOrEqual(2);
    expect(await example('degree-centrality', { limit: '1' })).toHaveLength(1);
  },

  accompaniments: async () => {
    const rows = await example('accompaniments');
    expect(rows).toHaveLength(6);
    expect(rows.map((r) => r.companion)).toEqual([
      'Abdullah',
      'Anang Mulyana',
      'Asep Nugrahajaya',
      'Sri Nurhayati',
      'Tahyudin',
      'Kepala bagian Setda Kabupaten Serang (several, unnamed)',
    ]);
    expect(rows.every((r) => r.accompanied === 'Ratu Tatu Chasanah' && r.date === '2017-03-21' && r.dateInferred === true)).toBe(true);
    expect(rows[1]?.positions).toEqual(['Kepala Bappeda (Bappeda)']);
    expect(await example('accompaniments', { officialId: '' })).toHaveLength(6);
    expect(await example('accompaniments', { officialId: 'abdullah-azwar-anas' })).toEqual([]);
  },

  'program-diffusion': async () => {
    const rows = await example('program-diffusion');
    expect(rows).toHaveLength(6);
    const byId = new Map(rows.map((r) => [r.program, r]));
    expect(byId.get('35.10-tourism-development-programs')).toMatchObject({
      origin: ['Kabupaten Banyuwangi'],
      runBy: ['Kabupaten Banyuwangi'],
      adoptedBy: ['Kabupaten Serang (PLANNED)'],
      sectors: ['tourism'],
    });
    expect(byId.get('35.10-scholarships-for-poor-students')).toMatchObject({ runBy: ['Kabupaten Banyuwangi', 'Kabupaten Serang'] });
    expect(byId.get('36.04-comparative-study-ban')).toMatchObject({ kind: 'POLICY', since: 2016, origin: ['Kabupaten Serang'] });
    expect(await example('program-diffusion', { kinds: '["POLICY"]' })).toHaveLength(1);
  },

  'officials-by-government': async () => {
    const rows = await example('officials-by-government');
    expect(rows).toHaveLength(7);
    expect(rows[0]).toMatchObject({ unit: 'Kabupaten Serang', id: 'ratu-tatu-chasanah', localTitle: 'Bupati', title: 'Regent' });
    expect(rows.map((r) => r.unit).sort()).toEqual(['Bappeda', 'DPMD', 'Dindikbud', 'Dinkes', 'Disparpora', 'Kabupaten Serang', 'Setda']);
    // A text default keeps 35.10 text; Kota Serang (36.73) is another government.
    expect(await example('officials-by-government', { governmentCode: '35.10' })).toEqual([
      expect.objectContaining({ government: 'Kabupaten Banyuwangi', official: 'Abdullah Azwar Anas', localTitle: 'Bupati' }),
    ]);
    expect(await example('officials-by-government', { governmentCode: '36.73' })).toEqual([]);
  },

  'inferred-values': async () => {
    const rows = await example('inferred-values');
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.every((r) => typeof r.note === 'string' && r.note.length > 0)).toBe(true);
    expect(rows).toContainEqual(expect.objectContaining({ type: 'Agreement', key: 'mou-serang-banyuwangi-2017', value: 'date 2017-03-22' }));
    expect(rows).toContainEqual(expect.objectContaining({ type: 'ADOPTED', key: '36.04 -> 35.10-tourism-development-programs' }));
    expect(rows.filter((r) => r.type === 'PART_OF')).toHaveLength(6);
    expect(await example('inferred-values', { sourceId: 'no-such-source' })).toEqual([]);
  },

  'backbone-counts-by-province': async () => {
    const rows = await example('backbone-counts-by-province');
    expect(rows).toHaveLength(38);
    expect(sum(rows, 'regencies') + sum(rows, 'cities')).toBe(csvRowCount('regencies'));
    expect(sum(rows, 'districts')).toBe(csvRowCount('districts'));
    expect(sum(rows, 'villages')).toBe(csvRowCount('villages'));
    expect(await example('backbone-counts-by-province', { provinceCodes: '["36"]' })).toEqual([
      { code: '36', province: 'Banten', regencies: 4, cities: 4, districts: 155, villages: 1552 },
    ]);
  },

  'islands-near': async () => {
    const rows = await example('islands-near');
    expect(rows).toHaveLength(12);
    expect(rows.slice(0, 2)).toEqual([
      { code: '36.04.40016', island: 'Pulau Panjang', km: 0, populated: true, outermostSmall: false, regencyCode: '36.04', provinceCode: '36' },
      { code: '36.04.40018', island: 'Pulau Semut', km: 2.03, populated: false, outermostSmall: false, regencyCode: '36.04', provinceCode: '36' },
    ]);
    expect(rows.every((r) => (r.km as number) <= 10)).toBe(true);
    expect(await example('islands-near', { km: '2' })).toHaveLength(1);
  },

  'search-entities': async () => {
    const rows = await example('search-entities');
    expect(rows[0]).toMatchObject({ label: 'Regency', key: '36.04', name: 'Kabupaten Serang' });
    expect(rows.map((r) => r.key)).not.toContain('36.73');
    const anas = await example('search-entities', { query: '+anas' });
    expect(anas[0]).toMatchObject({ label: 'Official', key: 'abdullah-azwar-anas' });
    expect(await example('search-entities', { limit: '2' })).toHaveLength(2);
  },

  'regency-profile': async () => {
    const [banyuwangi, ...others] = await example('regency-profile');
    expect(others).toEqual([]);
    expect(banyuwangi).toMatchObject({ code: '35.10', name: 'Kabupaten Banyuwangi', province: 'Jawa Timur', districts: 25, villages: 217 });
    // What the article states, among what other sources may add.
    expect(banyuwangi?.heads).toEqual(expect.arrayContaining(['Bupati Abdullah Azwar Anas']));
    expect(banyuwangi?.partners).toEqual(expect.arrayContaining(['Kabupaten Serang']));
    expect(banyuwangi?.agreements).toEqual(expect.arrayContaining(['mou-serang-banyuwangi-2017']));
    const serang = await example('regency-profile', { code: '36.04' });
    expect(serang[0]).toMatchObject({ districts: 29, villages: 326, adopts: ['35.10-tourism-development-programs (PLANNED)'] });
    expect(serang[0]?.agencies).toHaveLength(6);
  },

  claims: async () => {
    const rows = await example('claims');
    expect(rows.map((r) => [r.claim, r.kind, r.about, r.statedBy])).toEqual([
      ['anas-offers-help-to-serang', 'COMMITMENT', ['Kabupaten Banyuwangi', 'Kabupaten Serang'], ['Abdullah Azwar Anas']],
      ['banyuwangi-best-regency-government', 'ASSESSMENT', ['Kabupaten Banyuwangi'], []],
    ]);
  },

  'villages-of-regency': async () => {
    const rows = await example('villages-of-regency');
    expect(rows).toHaveLength(326);
    expect(new Set(rows.map((r) => r.districtCode)).size).toBe(29);
    expect(rows.every((r) => String(r.villageCode).startsWith('36.04.'))).toBe(true);
    expect(await example('villages-of-regency', { regencyCode: '35.10' })).toHaveLength(217);
  },

  'sources-and-facts': async () => {
    // The article's own counts (other sources have their own rows).
    const rows = (await example('sources-and-facts')).filter((r) => r.source === 'bantenheadline-2017-03-mou-serang-banyuwangi');
    const facts = new Map(rows.map((r) => [`${r.fact} ${r.type}`, r.facts]));
    expect(facts.get('node Official')).toBe(8);
    expect(facts.get('relationship SIGNED_MOU')).toBe(2);
    expect(facts.get('relationship ACCOMPANIED')).toBe(6);
    expect(await example('sources-and-facts', { sourceId: 'no-such-source' })).toEqual([]);
  },
};

describe('the researchers’ examples in cypher/examples', () => {
  it('each have a check here, and each check a file', () => {
    expect(files.map((f) => f.replace(/\.cypher$/, ''))).toEqual(Object.keys(checks).sort());
  });

  it.each(files.map((f) => f.replace(/\.cypher$/, '')))('%s answers as documented', async (name) => {
    const check = checks[name];
    if (!check) throw new Error(`No check for cypher/examples/${name}.cypher`);
    await check();
  });
});
