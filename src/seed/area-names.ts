/**
 * Kinds the backbone reads from idn-area-data's names and codes. Since 4.0 the dataset
 * writes every name as Indonesians do ("Kabupaten Serang", "Daerah Istimewa Yogyakarta"),
 * so names are kept as given.
 */
import type { RegencyKind, VillageKind } from '../model/enums';

export type { RegencyKind, VillageKind };

/** REGENCY for a Kabupaten, CITY for a Kota, read from the dataset's name. */
export function regencyKind(name: string): RegencyKind {
  const first = name.trim().split(/\s+/)[0]?.toUpperCase();
  if (first === 'KABUPATEN') return 'REGENCY';
  if (first === 'KOTA') return 'CITY';
  throw new Error(`Cannot tell a Kabupaten from a Kota: the regency name "${name}" starts with neither.`);
}

/**
 * The kind a village's code (or, failing that, its name) states, or null when neither does.
 * Kemendagri numbers a kelurahan 1xxx and a desa 2xxx within its district ("36.04.01.2001"
 * is a desa). Kabupaten Jayapura's customary villages are numbered 3xxx and named "Desa Adat
 * ...": a desa adat is a desa (UU 6/2014), which only the name says.
 */
export function villageKind(code: string, name: string): VillageKind | null {
  const serial = code.slice(code.lastIndexOf('.') + 1);
  if (serial.startsWith('1')) return 'KELURAHAN';
  if (serial.startsWith('2')) return 'DESA';
  if (/^desa adat\s/i.test(name)) return 'DESA';
  return null;
}
