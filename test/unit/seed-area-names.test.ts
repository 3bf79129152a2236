import { regencyKind, villageKind } from '../../src/seed/area-names';
import { readVillages } from '../../src/seed/area-csv';

describe('regencyKind', () => {
  it('reads Kabupaten as REGENCY and Kota as CITY, in any case', () => {
    expect(regencyKind('Kabupaten Serang')).toBe('REGENCY');
    expect(regencyKind('Kota Serang')).toBe('CITY');
    expect(regencyKind('Kota Administrasi Jakarta Pusat')).toBe('CITY');
    expect(regencyKind('KABUPATEN SERANG')).toBe('REGENCY');
  });

  it('refuses a name that is neither', () => {
    expect(() => regencyKind('Provinsi Banten')).toThrow(/neither/);
  });
});

describe('villageKind', () => {
  it('reads 1xxx as a kelurahan and 2xxx as a desa, whatever the name', () => {
    expect(villageKind('36.04.01.1001', 'Desa Baru')).toBe('KELURAHAN');
    expect(villageKind('36.04.01.2001', 'Kelurahan')).toBe('DESA');
  });

  it('reads a desa adat (3xxx, named so) as a desa, and any other number as unknown', () => {
    expect(villageKind('91.03.01.3007', 'Desa Adat Yoboi')).toBe('DESA');
    expect(villageKind('91.03.01.3008', 'Yoboi')).toBeNull();
    expect(villageKind('91.03.01.4001', 'Desa Adat Yoboi')).toBe('DESA');
    expect(villageKind('91.03.01.9001', 'Kampung')).toBeNull();
  });

  describe('against the dataset', () => {
    const villages = readVillages();

    it('gives every village of the dataset a kind', () => {
      expect(villages.filter((v) => v.kind === null)).toEqual([]);
    });

    it('agrees with what is known: Jakarta has only kelurahan, Kabupaten Serang only desa', () => {
      const kinds = (prefix: string): Set<string | null> => new Set(villages.filter((v) => v.code.startsWith(prefix)).map((v) => v.kind));
      expect(kinds('31.')).toEqual(new Set(['KELURAHAN']));
      expect(kinds('36.04.')).toEqual(new Set(['DESA']));
      expect(kinds('36.73.')).toEqual(new Set(['KELURAHAN']));
    });
  });
});
