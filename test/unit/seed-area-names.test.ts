import { regencyKind, toDisplayName } from '../../src/seed/area-names';

describe('toDisplayName', () => {
  it.each([
    ['KABUPATEN SERANG', 'Kabupaten Serang'],
    ['KOTA SERANG', 'Kota Serang'],
    ['DKI JAKARTA', 'DKI Jakarta'],
    ['DAERAH ISTIMEWA YOGYAKARTA', 'Daerah Istimewa Yogyakarta'],
    ['KABUPATEN PANGKAJENE DAN KEPULAUAN', 'Kabupaten Pangkajene dan Kepulauan'],
    ['KOTA ADMINISTRASI JAKARTA PUSAT', 'Kota Administrasi Jakarta Pusat'],
    ['KABUPATEN TOJO UNA-UNA', 'Kabupaten Tojo Una-Una'],
    ['  JAWA   TIMUR ', 'Jawa Timur'],
  ])('%s → %s', (upper, expected) => {
    expect(toDisplayName(upper)).toBe(expected);
  });

  it('keeps a function word capitalised when it opens the name', () => {
    expect(toDisplayName('DAN X')).toBe('Dan X');
  });
});

describe('regencyKind', () => {
  it('reads Kabupaten as REGENCY and Kota as CITY', () => {
    expect(regencyKind('KABUPATEN SERANG')).toBe('REGENCY');
    expect(regencyKind('KOTA SERANG')).toBe('CITY');
    expect(regencyKind('KOTA ADMINISTRASI JAKARTA PUSAT')).toBe('CITY');
  });

  it('refuses a name that is neither', () => {
    expect(() => regencyKind('PROVINSI BANTEN')).toThrow(/neither/);
  });
});
