import type { CypherCatalog } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import { areaDataDir, readDistricts, readProvinces, readRegencies, readVillages } from './area-csv';
import type { DistrictRow, ProvinceRow, RegencyRow, VillageRow } from './area-csv';
import { assertAreaDataVersion, BACKBONE_SOURCE } from './backbone-source';
import { backboneFingerprint } from './fingerprint';
import { readIslands } from './island-csv';
import type { IslandRow } from './island-csv';
import { toSeedLog } from './seed-log';
import type { SeedLog, SeedLogOption } from './seed-log';
import { batches, writeRows } from './write-rows';

/** Every row of idn-area-data, parsed and checked. */
export interface Backbone {
  readonly provinces: readonly ProvinceRow[];
  readonly regencies: readonly RegencyRow[];
  readonly districts: readonly DistrictRow[];
  readonly villages: readonly VillageRow[];
  readonly islands: readonly IslandRow[];
}

/** Rows per level of the backbone. */
export type BackboneCounts = { readonly [level in keyof Backbone]: number };

/** Parents before children: each level's query MATCHes the level above (islands: regencies or provinces). */
const LEVELS = ['provinces', 'regencies', 'districts', 'villages', 'islands'] as const;

/** Reads every level of the installed idn-area-data, refusing a version the backbone's Source does not credit. */
export function readBackbone(dir: string = areaDataDir()): Backbone {
  assertAreaDataVersion();
  return {
    provinces: readProvinces(dir),
    regencies: readRegencies(dir),
    districts: readDistricts(dir),
    villages: readVillages(dir),
    islands: readIslands(dir),
  };
}

export function backboneCounts(backbone: Backbone): BackboneCounts {
  return {
    provinces: backbone.provinces.length,
    regencies: backbone.regencies.length,
    districts: backbone.districts.length,
    villages: backbone.villages.length,
    islands: backbone.islands.length,
  };
}

/** The node and relationship counts a graph holding exactly this backbone has (countsCypher in src/model/cypher.ts). */
export interface BackboneGraphCounts {
  readonly nodes: Readonly<Record<'Province' | 'Regency' | 'District' | 'Village' | 'Island', number>>;
  readonly relationships: Readonly<Record<'IN_PROVINCE' | 'IN_REGENCY' | 'IN_DISTRICT', number>>;
}

export function expectedBackboneGraph(backbone: Backbone): BackboneGraphCounts {
  const islandsOfNoRegency = backbone.islands.filter((island) => island.regencyCode === null).length;
  return {
    nodes: {
      Province: backbone.provinces.length,
      Regency: backbone.regencies.length,
      District: backbone.districts.length,
      Village: backbone.villages.length,
      Island: backbone.islands.length,
    },
    relationships: {
      IN_PROVINCE: backbone.regencies.length + islandsOfNoRegency,
      IN_REGENCY: backbone.districts.length + backbone.islands.length - islandsOfNoRegency,
      IN_DISTRICT: backbone.villages.length,
    },
  };
}

/** The queries of cypher/seed/backbone/. */
export function backboneQueryNames(): string[] {
  return ['seed/backbone/source', 'seed/backbone/prune', 'seed/source-fingerprint', 'seed/source-fingerprints', ...LEVELS.map((level) => `seed/backbone/${level}`)];
}

/**
 * Deletes backbone nodes whose code the dataset no longer has (4.0 dropped 117 villages of
 * 3.1.2, merged or renumbered), so that after an upgrade the graph holds exactly its rows.
 */
async function pruneBackbone(executor: Executor, catalog: CypherCatalog, backbone: Backbone): Promise<number> {
  const codes = Object.fromEntries(LEVELS.map((level) => [level, backbone[level].map((row) => row.code)]));
  const [row] = await executor.runText('WRITE', catalog.get('seed/backbone/prune'), codes);
  return Number(row?.deleted ?? 0);
}

/**
 * Writes an already parsed backbone: its Source, the pruning of codes gone from the dataset
 * (skipped when the graph was last written from the same files), then level by level in
 * batches (one transaction each), each node carrying the Source's id; last the Source's
 * fingerprint, so an interrupted seed leaves the old (or no) fingerprint and is done again.
 */
export async function writeBackbone(
  executor: Executor,
  catalog: CypherCatalog,
  backbone: Backbone,
  log: SeedLog,
  fingerprint: string = backboneFingerprint(),
): Promise<BackboneCounts> {
  // Written from these very files before: nothing to prune (a scan of every backbone node).
  const stored = await executor.runText('READ', catalog.get('seed/source-fingerprints'));
  const unchanged = stored.some((row) => row.id === BACKBONE_SOURCE.id && row.fingerprint === fingerprint);
  await writeRows(executor, 'seed/backbone/source', catalog.get('seed/backbone/source'), [BACKBONE_SOURCE]);
  const deleted = unchanged ? 0 : await pruneBackbone(executor, catalog, backbone);
  if (deleted > 0) log.info(`backbone: deleted ${deleted} nodes whose code the dataset no longer has`);
  for (const level of LEVELS) {
    const queryName = `seed/backbone/${level}`;
    const text = catalog.get(queryName);
    const rows = backbone[level];
    let done = 0;
    for (const batch of batches(rows)) {
      await writeRows(executor, queryName, text, batch, { sourceId: BACKBONE_SOURCE.id });
      done += batch.length;
      log.progress(level, done, rows.length);
    }
  }
  await writeRows(executor, 'seed/source-fingerprint', catalog.get('seed/source-fingerprint'), [{ id: BACKBONE_SOURCE.id, fingerprint }]);
  return backboneCounts(backbone);
}

/**
 * Seeds every province, regency and city, district, village and island of idn-area-data
 * with its structural relationship and the Source they come from. MERGE on the codes makes
 * a second run change nothing.
 */
export async function seedBackbone(
  executor: Executor,
  catalog: CypherCatalog,
  log?: SeedLogOption,
): Promise<BackboneCounts> {
  const out = toSeedLog(log);
  const counts = await writeBackbone(executor, catalog, readBackbone(), out);
  out.info(
    `backbone: ${counts.provinces} provinces, ${counts.regencies} regencies and cities, ${counts.districts} districts, ${counts.villages} villages, ${counts.islands} islands (${BACKBONE_SOURCE.dataset} ${BACKBONE_SOURCE.datasetVersion})`,
  );
  return counts;
}
