/**
 * How fast a full seed writes: a scratch Neo4j of the project's own kind (home
 * `.neo4j/bench-seed`, its own free ports, wiped before and after), seeded from empty with
 * `seedAll`, as `npm start` does on a first run.
 */
import fs from 'node:fs';
import { connectDatabase } from '../src/app';
import { loadConfig } from '../src/config';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../src/local-neo4j';
import { silentSeedLog, seedAll } from '../src/seed';
import { freePort } from './processes';
import type { SeedSpeed } from './report';

const SCRATCH_HOME = 'bench-seed';
const BACKBONE_LABELS = ['Province', 'Regency', 'District', 'Village'];

const sum = (counts: Readonly<Record<string, number>>, keys?: readonly string[]): number =>
  Object.entries(counts)
    .filter(([key]) => keys === undefined || keys.includes(key))
    .reduce((total, [, n]) => total + n, 0);

export async function measureSeedSpeed(log: (line: string) => void): Promise<SeedSpeed> {
  const [boltPort, httpPort] = [await freePort(), await freePort()];
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: '',
    NEO4J_USERNAME: 'neo4j',
    NEO4J_PASSWORD: 'daerah-graph-local',
    NEO4J_DATABASE: 'neo4j',
    LOCAL_NEO4J_NAME: SCRATCH_HOME,
    LOCAL_NEO4J_BOLT_PORT: String(boltPort),
    LOCAL_NEO4J_HTTP_PORT: String(httpPort),
  });
  const home = config.local.homeDir;
  // A scratch server left running by an interrupted bench would hold the folder.
  if ((await localNeo4jStatus(config.local)).running) await stopLocalNeo4j(config.local, { log });
  fs.rmSync(home, { recursive: true, force: true });

  const neo4j = await startLocalNeo4j(config.local, config.neo4j, { log });
  try {
    const database = await connectDatabase(config, { uri: neo4j.uri, username: neo4j.username, password: neo4j.password });
    try {
      log(`Seeding the empty scratch Neo4j in ${home}...`);
      const report = await seedAll(database.executor, database.catalog, silentSeedLog);
      return {
        nodes: sum(report.nodes),
        relationships: sum(report.relationships),
        seconds: report.elapsedMs.total / 1000,
        backboneNodes: sum(report.nodes, BACKBONE_LABELS),
        backboneSeconds: report.elapsedMs.backbone / 1000,
      };
    } finally {
      await database.close();
    }
  } finally {
    await neo4j.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
}
