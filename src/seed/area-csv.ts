/**
 * Reads the administrative backbone from the CSV files of `idn-area-data` (pinned 3.1.2).
 * The files are simple (`code,parent_code,name`), but some village names hold an unescaped
 * `"` (`Soka"an`), which a generic CSV parser takes for a quoted field; so each line is
 * split on its first commas only and the rest is the name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSearchText } from '../common/normalize';
import { regencyKind, toDisplayName } from './area-names';
import type { RegencyKind } from './area-names';

export interface ProvinceRow {
  readonly code: string;
  readonly name: string;
}

export interface RegencyRow {
  readonly code: string;
  readonly name: string;
  readonly kind: RegencyKind;
  readonly provinceCode: string;
  readonly searchText: string;
}

export interface DistrictRow {
  readonly code: string;
  readonly name: string;
  readonly regencyCode: string;
}

export interface VillageRow {
  readonly code: string;
  readonly name: string;
  readonly districtCode: string;
}

export interface Backbone {
  readonly provinces: readonly ProvinceRow[];
  readonly regencies: readonly RegencyRow[];
  readonly districts: readonly DistrictRow[];
  readonly villages: readonly VillageRow[];
}

/** Row counts of idn-area-data 3.1.2; a different count means the data changed under us. */
export const EXPECTED_BACKBONE_COUNTS = {
  provinces: 38,
  regencies: 514,
  districts: 7277,
  villages: 83763,
} as const;

/** The folder holding idn-area-data's CSV files, wherever npm installed the package. */
export function areaDataDir(): string {
  return path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data');
}

/**
 * Splits one CSV line into `columns` fields on its first `columns - 1` commas, so the last
 * field (the name) keeps any comma or `"` it contains. Returns null when commas are missing.
 */
export function splitAreaLine(line: string, columns: number): string[] | null {
  const fields: string[] = [];
  let rest = line;
  for (let i = 1; i < columns; i += 1) {
    const comma = rest.indexOf(',');
    if (comma < 0) return null;
    fields.push(rest.slice(0, comma));
    rest = rest.slice(comma + 1);
  }
  fields.push(rest);
  return fields;
}

/** A parsed data line: its fields and its 1-based line number in the file (for errors). */
export interface CsvRecord {
  readonly fields: readonly string[];
  readonly line: number;
}

/**
 * Parses a whole file: checks the header, skips blank lines, and throws naming the file and
 * the line when one has too few fields or an empty field.
 */
export function parseAreaCsv(text: string, expectedHeader: string, fileName: string): CsvRecord[] {
  const lines = text.split(/\r?\n/);
  const header = lines[0]?.replace(/^\uFEFF/, '');
  if (header !== expectedHeader) {
    throw new Error(`${fileName}: expected the header "${expectedHeader}" but found "${header ?? ''}".`);
  }
  const columns = expectedHeader.split(',').length;
  const records: CsvRecord[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const fields = splitAreaLine(line, columns);
    if (!fields || fields.some((field) => field.trim() === '')) {
      throw new Error(`${fileName} line ${i + 1}: expected ${columns} non-empty fields in "${line}".`);
    }
    records.push({ fields: fields.map((field) => field.trim()), line: i + 1 });
  }
  return records;
}

const CODE_PATTERNS = {
  province: /^\d{2}$/,
  regency: /^\d{2}\.\d{2}$/,
  district: /^\d{2}\.\d{2}\.\d{2}$/,
  village: /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/,
} as const;

/** A child's code extends its parent's ("36.04.01" is in "36.04"); anything else is a data fault. */
function checkCode(level: keyof typeof CODE_PATTERNS, code: string, parent: string | null, where: string): void {
  if (!CODE_PATTERNS[level].test(code)) throw new Error(`${where}: "${code}" is not a ${level} code.`);
  if (parent !== null && !code.startsWith(`${parent}.`)) {
    throw new Error(`${where}: the ${level} code "${code}" does not extend its parent code "${parent}".`);
  }
}

export function toProvinceRows(records: readonly CsvRecord[], fileName = 'provinces.csv'): ProvinceRow[] {
  return records.map(({ fields: [code = '', name = ''], line }) => {
    checkCode('province', code, null, `${fileName} line ${line}`);
    return { code, name: toDisplayName(name) };
  });
}

export function toRegencyRows(records: readonly CsvRecord[], fileName = 'regencies.csv'): RegencyRow[] {
  return records.map(({ fields: [code = '', provinceCode = '', rawName = ''], line }) => {
    checkCode('regency', code, provinceCode, `${fileName} line ${line}`);
    const name = toDisplayName(rawName);
    return { code, name, kind: regencyKind(rawName), provinceCode, searchText: buildSearchText(name) };
  });
}

export function toDistrictRows(records: readonly CsvRecord[], fileName = 'districts.csv'): DistrictRow[] {
  return records.map(({ fields: [code = '', regencyCode = '', name = ''], line }) => {
    checkCode('district', code, regencyCode, `${fileName} line ${line}`);
    return { code, name, regencyCode };
  });
}

export function toVillageRows(records: readonly CsvRecord[], fileName = 'villages.csv'): VillageRow[] {
  return records.map(({ fields: [code = '', districtCode = '', name = ''], line }) => {
    checkCode('village', code, districtCode, `${fileName} line ${line}`);
    return { code, name, districtCode };
  });
}

function readCsv(dir: string, file: string, header: string): CsvRecord[] {
  return parseAreaCsv(fs.readFileSync(path.join(dir, file), 'utf8'), header, file);
}

/** Reads only the regencies (for validating the curated sources' references, without villages). */
export function readRegencies(dir: string = areaDataDir()): RegencyRow[] {
  return toRegencyRows(readCsv(dir, 'regencies.csv', 'code,province_code,name'));
}

/** Reads all four levels and checks their counts against idn-area-data 3.1.2. */
export function readBackbone(dir: string = areaDataDir()): Backbone {
  const backbone: Backbone = {
    provinces: toProvinceRows(readCsv(dir, 'provinces.csv', 'code,name')),
    regencies: readRegencies(dir),
    districts: toDistrictRows(readCsv(dir, 'districts.csv', 'code,regency_code,name')),
    villages: toVillageRows(readCsv(dir, 'villages.csv', 'code,district_code,name')),
  };
  for (const level of Object.keys(EXPECTED_BACKBONE_COUNTS) as Array<keyof Backbone>) {
    const found = backbone[level].length;
    const expected = EXPECTED_BACKBONE_COUNTS[level];
    if (found !== expected) {
      throw new Error(
        `idn-area-data has ${found} ${level} where 3.1.2 has ${expected}: the package changed; check it and update EXPECTED_BACKBONE_COUNTS.`,
      );
    }
  }
  return backbone;
}
