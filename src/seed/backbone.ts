import type { CypherCatalog } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import { readBackbone } from './area-csv';
import type { Backbone } from './area-csv';
import { toSeedLog } from './seed-log';
import type { SeedLog, SeedLogOption } from './seed-log';
import { batches, writeRows } from './write-rows';

/** Rows written per level of the backbone. */
export interface BackboneCounts {
  readonly provinces: number;
  readonly regencies: number;
  readonly districts: number;
  readonly villages: number;
}

/** Parents before children: each level's query MATCHes the level above. */
const LEVELS = ['provinces', 'regencies', 'districts', 'villages'] as const;

/** The queries of cypher/seed/backbone/. */
export function backboneQueryNames(): string[] {
  return LEVELS.map((level) => `seed/backbone/${level}`);
}

/** Writes an already parsed backbone, level by level, in batches. */
export async function writeBackbone(
  executor: Executor,
  catalog: CypherCatalog,
  backbone: Backbone,
  log: SeedLog,
): Promise<BackboneCounts> {
  for (const level of LEVELS) {
    const queryName = `seed/backbone/${level}`;
    const text = catalog.get(queryName);
    const rows = backbone[level];
    let done = 0;
    for (const batch of batches(rows)) {
      await writeRows(executor, queryName, text, batch);
      done += batch.length;
      log.progress(level, done, rows.length);
    }
  }
  return {
    provinces: backbone.provinces.length,
    regencies: backbone.regencies.length,
    districts: backbone.districts.length,
    villages: backbone.villages.length,
  };
}

/**
 * Seeds every province, regency and city, district and village of idn-area-data with its
 * structural relationship. MERGE on the codes makes a second run change nothing.
 */
export async function seedBackbone(
  executor: Executor,
  catalog: CypherCatalog,
  log?: SeedLogOption,
): Promise<BackboneCounts> {
  const out = toSeedLog(log);
  const counts = await writeBackbone(executor, catalog, readBackbone(), out);
  out.info(`backbone: ${counts.provinces} provinces, ${counts.regencies} regencies and cities, ${counts.districts} districts, ${counts.villages} villages`);
  return counts;
}
