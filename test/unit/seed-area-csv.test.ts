import {
  EXPECTED_BACKBONE_COUNTS,
  parseAreaCsv,
  readBackbone,
  splitAreaLine,
  toVillageRows,
} from '../../src/seed/area-csv';
import type { Backbone } from '../../src/seed/area-csv';

describe('splitAreaLine', () => {
  it('keeps an unquoted " inside the name', () => {
    expect(splitAreaLine('35.13.15.2017,35.13.15,Soka"an', 3)).toEqual(['35.13.15.2017', '35.13.15', 'Soka"an']);
  });

  it('keeps a comma inside the last field', () => {
    expect(splitAreaLine('1,2,Name, with comma', 3)).toEqual(['1', '2', 'Name, with comma']);
  });

  it('splits a two-column line (provinces)', () => {
    expect(splitAreaLine('36,BANTEN', 2)).toEqual(['36', 'BANTEN']);
  });

  it('returns null when commas are missing', () => {
    expect(splitAreaLine('36.04 KABUPATEN SERANG', 3)).toBeNull();
  });
});

describe('parseAreaCsv', () => {
  const header = 'code,district_code,name';

  it('parses quoted-looking names, CRLF endings and a trailing blank line', () => {
    const text = `${header}\r\n35.26.07.2007,35.26.07,Ra"as\r\n35.26.07.2022,35.26.07,Ko"ol\r\n`;
    const rows = toVillageRows(parseAreaCsv(text, header, 'villages.csv'));
    expect(rows).toEqual([
      { code: '35.26.07.2007', name: 'Ra"as', districtCode: '35.26.07' },
      { code: '35.26.07.2022', name: 'Ko"ol', districtCode: '35.26.07' },
    ]);
  });

  it('names the file when the header is not the expected one', () => {
    expect(() => parseAreaCsv('code,name\n', header, 'villages.csv')).toThrow(/villages\.csv: expected the header/);
  });

  it('names the file and line of a short line', () => {
    expect(() => parseAreaCsv(`${header}\n35.26.07.2007,35.26.07\n`, header, 'villages.csv')).toThrow(/villages\.csv line 2/);
  });

  it('refuses a child code that does not extend its parent', () => {
    const records = parseAreaCsv(`${header}\n35.26.08.2007,35.26.07,X\n`, header, 'villages.csv');
    expect(() => toVillageRows(records)).toThrow(/does not extend/);
  });
});

describe('readBackbone (idn-area-data 3.1.2)', () => {
  let backbone: Backbone;
  beforeAll(() => {
    backbone = readBackbone();
  });

  it('has exactly 38 provinces, 514 regencies and cities, 7,277 districts and 83,763 villages', () => {
    expect(backbone.provinces).toHaveLength(38);
    expect(backbone.regencies).toHaveLength(514);
    expect(backbone.districts).toHaveLength(7277);
    expect(backbone.villages).toHaveLength(83763);
    expect(EXPECTED_BACKBONE_COUNTS).toEqual({ provinces: 38, regencies: 514, districts: 7277, villages: 83763 });
  });

  it('has no duplicate codes', () => {
    for (const level of ['provinces', 'regencies', 'districts', 'villages'] as const) {
      const codes = backbone[level].map((row) => row.code);
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it('cases provinces and regencies, and tells Kabupaten Serang from Kota Serang', () => {
    const byCode = new Map(backbone.regencies.map((r) => [r.code, r]));
    expect(byCode.get('36.04')).toEqual({
      code: '36.04',
      name: 'Kabupaten Serang',
      kind: 'REGENCY',
      provinceCode: '36',
      searchText: 'kabupaten serang',
    });
    expect(byCode.get('36.73')).toMatchObject({ name: 'Kota Serang', kind: 'CITY' });
    expect(byCode.get('35.10')).toMatchObject({ name: 'Kabupaten Banyuwangi', kind: 'REGENCY', provinceCode: '35' });
    const provinces = new Map(backbone.provinces.map((p) => [p.code, p.name]));
    expect(provinces.get('31')).toBe('DKI Jakarta');
    expect(provinces.get('34')).toBe('Daerah Istimewa Yogyakarta');
    expect(provinces.get('36')).toBe('Banten');
  });

  it('counts 416 regencies and 98 cities', () => {
    expect(backbone.regencies.filter((r) => r.kind === 'REGENCY')).toHaveLength(416);
    expect(backbone.regencies.filter((r) => r.kind === 'CITY')).toHaveLength(98);
  });

  it('keeps village names as given, including the 24 with a "', () => {
    const quoted = backbone.villages.filter((v) => v.name.includes('"'));
    expect(quoted).toHaveLength(24);
    expect(backbone.villages.find((v) => v.code === '35.13.15.2017')?.name).toBe('Soka"an');
  });

  it('links every child to an existing parent', () => {
    const provinces = new Set(backbone.provinces.map((p) => p.code));
    const regencies = new Set(backbone.regencies.map((r) => r.code));
    const districts = new Set(backbone.districts.map((d) => d.code));
    expect(backbone.regencies.every((r) => provinces.has(r.provinceCode))).toBe(true);
    expect(backbone.districts.every((d) => regencies.has(d.regencyCode))).toBe(true);
    expect(backbone.villages.every((v) => districts.has(v.districtCode))).toBe(true);
  });
});
