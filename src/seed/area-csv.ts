/**
 * Reads the administrative backbone from the CSV files of `idn-area-data` (see
 * backbone-source.ts for the version and the regulation it follows). Only the CSV files are
 * read, never the package's JavaScript, so its `engines` (Node 22) does not bind us.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSearchText } from '../common/normalize';
import { isKey } from '../model/keys';
import { regencyKind, villageKind } from './area-names';
import type { RegencyKind, VillageKind } from './area-names';

/** The dataset contradicts itself or the code scheme: the message names the file and line. */
export class AreaDataError extends Error {
  override name = 'AreaDataError';
}

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
  /** Null when neither the code nor the name states it. */
  readonly kind: VillageKind | null;
  readonly districtCode: string;
}

/** The folder holding idn-area-data's CSV files, wherever npm installed the package. */
export function areaDataDir(): string {
  return path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data');
}

/**
 * Splits one CSV line into its fields as RFC 4180 writes them, which idn-area-data does since
 * 4.0: a field holding a comma or a `"` is quoted, and a `"` inside it is doubled
 * (`"Soka""an"` is Soka"an). Returns null for a line that breaks the rules: a `"` inside an
 * unquoted field, text after a closing quote, or a quote left open (a field never spans lines here).
 */
export function splitCsvLine(line: string): string[] | null {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (line[i] === '"') {
      i += 1;
      for (;;) {
        const quote = line.indexOf('"', i);
        if (quote < 0) return null;
        field += line.slice(i, quote);
        if (line[quote + 1] === '"') {
          field += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      if (i < line.length && line[i] !== ',') return null;
    } else {
      const comma = line.indexOf(',', i);
      field = line.slice(i, comma < 0 ? line.length : comma);
      if (field.includes('"')) return null;
      i += field.length;
    }
    fields.push(field);
    if (i >= line.length) return fields;
    i += 1; // the comma
  }
}

/** A parsed data line: its fields and its 1-based line number in the file (for errors). */
export interface CsvRecord {
  readonly fields: readonly string[];
  readonly line: number;
}

/**
 * Parses a whole file: checks the header, skips blank lines, and throws naming the file and
 * the line when one is not valid CSV, has the wrong number of fields, or an empty field in
 * a column that may not be empty (all but `optionalColumns`).
 */
export function parseAreaCsv(
  text: string,
  expectedHeader: string,
  fileName: string,
  optionalColumns: readonly string[] = [],
): CsvRecord[] {
  const lines = text.split(/\r?\n/);
  const header = lines[0]?.replace(/^\uFEFF/, '');
  if (header !== expectedHeader) {
    throw new AreaDataError(`${fileName}: expected the header "${expectedHeader}" but found "${header ?? ''}".`);
  }
  const names = expectedHeader.split(',');
  const required = names.map((name) => !optionalColumns.includes(name));
  const records: CsvRecord[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const fields = splitCsvLine(line)?.map((field) => field.trim());
    if (!fields || fields.length !== names.length || fields.some((field, column) => field === '' && required[column])) {
      throw new AreaDataError(`${fileName} line ${i + 1}: expected the ${names.length} fields ${expectedHeader} in CSV, found "${line}".`);
    }
    records.push({ fields, line: i + 1 });
  }
  return records;
}

type AreaLevel = 'province' | 'regency' | 'district' | 'village' | 'island';

/** A child's code extends its parent's ("36.04.01" is in "36.04"); anything else is a data fault. */
export function checkCode(level: AreaLevel, code: string, parent: string | null, where: string): void {
  if (!isKey(`${level}-code`, code)) throw new AreaDataError(`${where}: "${code}" is not a${level === 'island' ? 'n' : ''} ${level} code.`);
  if (parent !== null && !code.startsWith(`${parent}.`)) {
    throw new AreaDataError(`${where}: the ${level} code "${code}" does not extend its parent code "${parent}".`);
  }
}

export function toProvinceRows(records: readonly CsvRecord[], fileName = 'provinces.csv'): ProvinceRow[] {
  return records.map(({ fields: [code = '', name = ''], line }) => {
    checkCode('province', code, null, `${fileName} line ${line}`);
    return { code, name };
  });
}

export function toRegencyRows(records: readonly CsvRecord[], fileName = 'regencies.csv'): RegencyRow[] {
  return records.map(({ fields: [code = '', provinceCode = '', name = ''], line }) => {
    checkCode('regency', code, provinceCode, `${fileName} line ${line}`);
    return { code, name, kind: regencyKind(name), provinceCode, searchText: buildSearchText(name) };
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
    return { code, name, kind: villageKind(code, name), districtCode };
  });
}

/** The records of one file of the dataset, checked against its header. */
export function readAreaCsv(dir: string, file: string, header: string, optionalColumns: readonly string[] = []): CsvRecord[] {
  return parseAreaCsv(fs.readFileSync(path.join(dir, file), 'utf8'), header, file, optionalColumns);
}

/** Reads only the regencies (for validating the curated sources' references, without villages). */
export function readRegencies(dir: string = areaDataDir()): RegencyRow[] {
  return toRegencyRows(readAreaCsv(dir, 'regencies.csv', 'code,province_code,name'));
}

export function readProvinces(dir: string = areaDataDir()): ProvinceRow[] {
  return toProvinceRows(readAreaCsv(dir, 'provinces.csv', 'code,name'));
}

export function readDistricts(dir: string = areaDataDir()): DistrictRow[] {
  return toDistrictRows(readAreaCsv(dir, 'districts.csv', 'code,regency_code,name'));
}

export function readVillages(dir: string = areaDataDir()): VillageRow[] {
  return toVillageRows(readAreaCsv(dir, 'villages.csv', 'code,district_code,name'));
}
