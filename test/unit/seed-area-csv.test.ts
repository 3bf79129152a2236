import { parseAreaCsv, splitCsvLine, toVillageRows } from '../../src/seed/area-csv';
import { readBackbone } from '../../src/seed/backbone';
import type { Backbone } from '../../src/seed/backbone';
import { AREA_DATA_VERSION } from '../../src/seed/backbone-source';
import { csvRowCount } from '../helpers/area-data';

describe('splitCsvLine (RFC 4180, as idn-area-data 4 writes it)', () => {
  it('reads a doubled " inside a quoted field as one "', () => {
    expect(splitCsvLine('35.13.15.2017,35.13.15,"Soka""an"')).toEqual(['35.13.15.2017', '35.13.15', 'Soka"an']);
  });

  it('keeps a comma inside a quoted field', () => {
    expect(splitCsvLine('12.07.28.1007,12.07.28,"Lubuk Pakam I,II"')).toEqual(['12.07.28.1007', '12.07.28', 'Lubuk Pakam I,II']);
  });

  it('keeps empty fields, in the middle and at the end', () => {
    expect(splitCsvLine('12.00.40004,,x')).toEqual(['12.00.40004', '', 'x']);
    expect(splitCsvLine('a,')).toEqual(['a', '']);
  });

  it('splits a two-column line (provinces)', () => {
    expect(splitCsvLine('36,Banten')).toEqual(['36', 'Banten']);
  });

  it.each([
    ['a " inside an unquoted field', '35.13.15.2017,35.13.15,Soka"an'],
    ['a quote left open', '1,"Soka""an'],
    ['text after a closing quote', '1,"Soka"an,2'],
  ])('refuses %s', (_what, line) => {
    expect(splitCsvLine(line)).toBeNull();
  });
});

describe('parseAreaCsv', () => {
  const header = 'code,district_code,name';

  it('parses quoted names, CRLF endings and a trailing blank line', () => {
    const text = `${header}\r\n35.26.07.2007,35.26.07,"Ra""as"\r\n35.26.07.1022,35.26.07,Ko’ol\r\n`;
    const rows = toVillageRows(parseAreaCsv(text, header, 'villages.csv'));
    expect(rows).toEqual([
      { code: '35.26.07.2007', name: 'Ra"as', kind: 'DESA', districtCode: '35.26.07' },
      { code: '35.26.07.1022', name: 'Ko’ol', kind: 'KELURAHAN', districtCode: '35.26.07' },
    ]);
  });

  it('names the file when the header is not the expected one', () => {
    expect(() => parseAreaCsv('code,name\n', header, 'villages.csv')).toThrow(/villages\.csv: expected the header/);
  });

  it('names the file and line of a short line, a bad quote and an empty field', () => {
    expect(() => parseAreaCsv(`${header}\n35.26.07.2007,35.26.07\n`, header, 'villages.csv')).toThrow(/^villages\.csv line 2: expected the 3 fields/);
    expect(() => parseAreaCsv(`${header}\n\n35.26.07.2007,35.26.07,"Ra"as"\n`, header, 'villages.csv')).toThrow(/^villages\.csv line 3:/);
    expect(() => parseAreaCsv(`${header}\n35.26.07.2007,,X\n`, header, 'villages.csv')).toThrow(/^villages\.csv line 2:/);
  });

  it('lets an optional column be empty', () => {
    expect(parseAreaCsv(`${header}\n35.26.07.2007,,X\n`, header, 'x.csv', ['district_code'])).toEqual([
      { fields: ['35.26.07.2007', '', 'X'], line: 2 },
    ]);
  });

  it('refuses a child code that does not extend its parent', () => {
    const records = parseAreaCsv(`${header}\n35.26.08.2007,35.26.07,X\n`, header, 'villages.csv');
    expect(() => toVillageRows(records)).toThrow(/villages\.csv line 2: the village code "35\.26\.08\.2007" does not extend/);
  });
});

describe(`readBackbone (idn-area-data ${AREA_DATA_VERSION})`, () => {
  let backbone: Backbone;
  beforeAll(() => {
    backbone = readBackbone();
  });

  it('reads one row per data line of each file', () => {
    for (const level of ['provinces', 'regencies', 'districts', 'villages', 'islands'] as const) {
      expect([level, backbone[level].length]).toEqual([level, csvRowCount(level)]);
    }
  });

  it('has no duplicate codes', () => {
    for (const level of ['provinces', 'regencies', 'districts', 'villages', 'islands'] as const) {
      const codes = backbone[level].map((row) => row.code);
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it('keeps names as the dataset writes them, and tells Kabupaten Serang from Kota Serang', () => {
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
    expect(byCode.get('72.04')).toMatchObject({ name: 'Kabupaten Toli-Toli' });
    const provinces = new Map(backbone.provinces.map((p) => [p.code, p.name]));
    expect(provinces.get('31')).toBe('Daerah Khusus Ibukota Jakarta');
    expect(provinces.get('34')).toBe('Daerah Istimewa Yogyakarta');
    expect(provinces.get('36')).toBe('Banten');
  });

  it('counts 416 kabupaten and 98 kota (Kepmendagri 300.2.2-2138/2025)', () => {
    expect(backbone.regencies.filter((r) => r.kind === 'REGENCY')).toHaveLength(416);
    expect(backbone.regencies.filter((r) => r.kind === 'CITY')).toHaveLength(98);
  });

  it('unquotes village names: a doubled " and a quoted comma', () => {
    const byCode = new Map(backbone.villages.map((v) => [v.code, v.name]));
    expect(byCode.get('35.13.15.2017')).toBe('Soka"an');
    expect(byCode.get('12.07.28.1007')).toBe('Lubuk Pakam I,II');
    expect(backbone.villages.every((v) => !v.name.startsWith('"'))).toBe(true);
  });

  it('links every child to an existing parent', () => {
    const provinces = new Set(backbone.provinces.map((p) => p.code));
    const regencies = new Set(backbone.regencies.map((r) => r.code));
    const districts = new Set(backbone.districts.map((d) => d.code));
    expect(backbone.regencies.every((r) => provinces.has(r.provinceCode))).toBe(true);
    expect(backbone.districts.every((d) => regencies.has(d.regencyCode))).toBe(true);
    expect(backbone.villages.every((v) => districts.has(v.districtCode))).toBe(true);
    expect(backbone.islands.every((i) => (i.regencyCode === null ? provinces.has(i.provinceCode) : regencies.has(i.regencyCode)))).toBe(true);
  });
});
