/**
 * Islands from idn-area-data's `islands.csv`
 * (`code,regency_code,coordinate,is_populated,is_outermost_small,name`).
 * An island's code extends its regency's ("11.01.40001" is in 11.01); an island of no regency
 * has "00" in the regency's place ("12.00.40004", Pulau Nias) and an empty regency_code, and
 * belongs to the province its code starts with.
 */
import { areaDataDir, AreaDataError, checkCode, readAreaCsv } from './area-csv';
import type { CsvRecord } from './area-csv';
import { CoordinateError, parseDmsCoordinate } from './coordinate';

export interface IslandRow {
  readonly code: string;
  readonly name: string;
  readonly latitude: number;
  readonly longitude: number;
  /** Inhabited (is_populated). */
  readonly populated: boolean;
  /** One of the outermost small islands (pulau-pulau kecil terluar, is_outermost_small). */
  readonly outermostSmall: boolean;
  /** Null for an island of no regency: it is then linked to provinceCode. */
  readonly regencyCode: string | null;
  readonly provinceCode: string;
}

export const ISLANDS_FILE = 'islands.csv';
const ISLANDS_HEADER = 'code,regency_code,coordinate,is_populated,is_outermost_small,name';

function flag(value: string, column: string, where: string): boolean {
  if (value === '1') return true;
  if (value === '0') return false;
  throw new AreaDataError(`${where}: ${column} must be 0 or 1, not "${value}".`);
}

/** The regency an island is in, or null when its code says it is in none ("12.00.40004"). */
function islandRegency(code: string, regencyCode: string, where: string): string | null {
  if (regencyCode !== '') {
    checkCode('regency', regencyCode, code.slice(0, 2), where);
    checkCode('island', code, regencyCode, where);
    return regencyCode;
  }
  checkCode('island', code, null, where);
  if (code.slice(3, 5) !== '00') {
    throw new AreaDataError(`${where}: the island "${code}" has no regency_code, but its code names the regency ${code.slice(0, 5)}.`);
  }
  return null;
}

export function toIslandRows(records: readonly CsvRecord[], fileName = ISLANDS_FILE): IslandRow[] {
  return records.map(({ fields: [code = '', regencyCode = '', coordinate = '', populated = '', outermostSmall = '', name = ''], line }) => {
    const where = `${fileName} line ${line}`;
    let point;
    try {
      point = parseDmsCoordinate(coordinate);
    } catch (error) {
      if (error instanceof CoordinateError) throw new AreaDataError(`${where}: ${error.message}`);
      throw error;
    }
    return {
      code,
      name,
      latitude: point.latitude,
      longitude: point.longitude,
      populated: flag(populated, 'is_populated', where),
      outermostSmall: flag(outermostSmall, 'is_outermost_small', where),
      regencyCode: islandRegency(code, regencyCode, where),
      provinceCode: code.slice(0, 2),
    };
  });
}

export function readIslands(dir: string = areaDataDir()): IslandRow[] {
  return toIslandRows(readAreaCsv(dir, ISLANDS_FILE, ISLANDS_HEADER, ['regency_code']));
}
