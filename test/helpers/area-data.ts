import fs from 'node:fs';
import path from 'node:path';
import { areaDataDir } from '../../src/seed/area-csv';

export type AreaFile = 'provinces' | 'regencies' | 'districts' | 'villages' | 'islands';

/**
 * The rows of one of idn-area-data's CSV files, counted by its lines (the header and blank
 * lines aside): what the tests expect, found without the seed's parser. Valid because no
 * field of the dataset spans lines (the parser refuses a quote left open).
 */
export function csvRowCount(file: AreaFile): number {
  const lines = fs.readFileSync(path.join(areaDataDir(), `${file}.csv`), 'utf8').split(/\r?\n/);
  return lines.slice(1).filter((line) => line.trim() !== '').length;
}

/** The data lines of a CSV file starting with `prefix` (e.g. the row of one code). */
export function csvLines(file: AreaFile, prefix: string): string[] {
  return fs
    .readFileSync(path.join(areaDataDir(), `${file}.csv`), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.startsWith(prefix));
}

/** Great-circle distance in km (haversine) between two coordinates of the file: the answer expected of Neo4j's point.distance. */
export function kmBetween(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
