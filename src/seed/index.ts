/**
 * The seed: schema, administrative backbone (idn-area-data) and curated sources
 * (seed/sources/). Used by `npm run seed` (cli.ts), by `npm start` on an empty database,
 * and by the tests' global setup.
 */
import type { CypherCatalog } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import { backboneQueryNames, seedBackbone } from './backbone';
import { countGraph } from './report';
import type { SeedReport } from './report';
import { applySchema } from './schema';
import { toSeedLog } from './seed-log';
import type { SeedLogOption } from './seed-log';
import { loadSources, readSourceDir, sourceQueryNames, writeSources } from './sources';

export { applySchema } from './schema';
export { seedBackbone } from './backbone';
export type { Backbone, BackboneCounts } from './backbone';
export { readBackbone } from './backbone';
export { seedSources, loadSources } from './sources';
export type { SourcesSummary } from './sources';
export { countGraph, formatReport, isSeeded } from './report';
export type { Counts, GraphCounts, SeedReport } from './report';
export { silentSeedLog, streamSeedLog } from './seed-log';
export type { SeedLog, SeedLogOption } from './seed-log';
export { SourceValidationError } from './source-validate';
export type { SourceFile } from './source-file';

async function timed(step: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await step();
  return Math.round(performance.now() - started);
}

/** Every Cypher file the seed runs, so a missing one stops it before it writes anything. */
export function seedQueryNames(): string[] {
  return [...new Set(['seed/await-indexes', ...backboneQueryNames(), ...sourceQueryNames()])];
}

/**
 * Seeds everything, in order: checks the curated sources, then writes the schema (and waits
 * for its indexes), the backbone and the curated sources.
 * Idempotent: every write is a MERGE on a key, so a second run changes no counts.
 */
export async function seedAll(executor: Executor, catalog: CypherCatalog, log?: SeedLogOption): Promise<SeedReport> {
  const out = toSeedLog(log);
  const started = performance.now();
  // A wrong source file or a missing query stops the seed before it writes anything.
  catalog.verify(seedQueryNames());
  loadSources();
  const schema = await timed(() => applySchema(executor, catalog, out));
  const backbone = await timed(() => seedBackbone(executor, catalog, out));
  const sources = await timed(() => writeSources(executor, catalog, readSourceDir(), out));
  const counts = await countGraph(executor);
  return { ...counts, elapsedMs: { schema, backbone, sources, total: Math.round(performance.now() - started) } };
}
