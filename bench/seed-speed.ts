/**
 * How fast a full seed writes: a scratch Neo4j of the project's own kind (home
 * `.neo4j/bench-seed`, its own free ports, wiped before and after), seeded from empty with
 * `seedAll`, as `npm start` does on a first run.
 */
import { silentSeedLog, seedAll } from '../src/seed';
import type { SeedSpeed } from './report';
import { withScratchNeo4j } from './scratch';

const SCRATCH_HOME = 'bench-seed';
const BACKBONE_LABELS = ['Province', 'Regency', 'District', 'Village'];

const sum = (counts: Readonly<Record<string, number>>, keys?: readonly string[]): number =>
  Object.entries(counts)
    .filter(([key]) => keys === undefined || keys.includes(key))
    .reduce((total, [, n]) => total + n, 0);

export async function measureSeedSpeed(log: (line: string) => void): Promise<SeedSpeed> {
  return withScratchNeo4j(SCRATCH_HOME, log, async ({ config, database }) => {
    log(`Seeding the empty scratch Neo4j in ${config.local.homeDir}...`);
    const report = await seedAll(database.executor, database.catalog, silentSeedLog);
    return {
      nodes: sum(report.nodes),
      relationships: sum(report.relationships),
      seconds: report.elapsedMs.total / 1000,
      backboneNodes: sum(report.nodes, BACKBONE_LABELS),
      backboneSeconds: report.elapsedMs.backbone / 1000,
    };
  });
}
