/**
 * The cost curve (`npm run bench -- --scale 1,10,100`): how each question's latency and database
 * work grow with the curated layer. A scratch Neo4j (home `.neo4j/bench-scale`, its own ports,
 * wiped before and after; never the served graph) is seeded as `npm start` seeds, then given N
 * units of a synthetic curated layer (bench/scale/synthetic-unit.cypher: agencies, officials,
 * agreements, programs, adoptions and sources among the real 514 regencies, every node marked
 * `synthetic: true` with an id starting `synthetic-`), for each N in turn. At each N our API
 * answers every question `REQUESTS` times in a row (after `WARMUP` unmeasured asks): p50 of those
 * times; the database hits are those of the floor's one-query answer (bench/questions/*.floor.cypher)
 * under PROFILE, the work the question needs at the least; and our answer is compared with the
 * floor's.
 */
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { projectRoot } from '../src/common/paths';
import { toNeo4jParams, toPlain } from '../src/db/convert';
import { MODEL } from '../src/model';
import { silentSeedLog, seedAll } from '../src/seed';
import { propertyGroups } from '../src/seed/property-statements';
import { CURATED_LISTS } from '../src/seed/source-file';
import { canonical, diff } from './canonical';
import { dbHits } from './profile';
import { floorCypher, isAsk } from './questions';
import type { Question } from './questions';
import { withScratchNeo4j } from './scratch';
import { ask, startServers } from './servers';

const SCRATCH_HOME = 'bench-scale';
/** What a source states of a node of each curated label, from the model (as the seed's property statements). */
const PROPERTY_GROUPS = Object.fromEntries(CURATED_LISTS.map(([label]) => [label, propertyGroups(MODEL.entity(label))]));
const WARMUP = 3;
const REQUESTS = 15;

export interface CostPoint {
  readonly scale: number;
  readonly question: string;
  /** Our API's median time, ms; null when it failed. */
  readonly p50Ms: number | null;
  readonly roundTrips: number | null;
  /** Database hits of the floor's query under PROFILE. */
  readonly dbHits: number;
  /** 'equal', or why not. */
  readonly answers: string;
}

export interface CostCurve {
  readonly points: readonly CostPoint[];
  /** Synthetic nodes and relationships at each scale. */
  readonly layers: ReadonlyArray<{ scale: number; nodes: number; relationships: number; writeSeconds: number }>;
  /** The backbone and the article's curated layer: seconds to seed. */
  readonly seedSeconds: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

export async function runCostCurve(scales: readonly number[], questions: readonly Question[], log: (line: string) => void): Promise<CostCurve> {
  const unit = fs.readFileSync(path.join(projectRoot(), 'bench', 'scale', 'synthetic-unit.cypher'), 'utf8');
  return withScratchNeo4j(SCRATCH_HOME, log, async ({ config, database, settings }) => {
    const started = Date.now();
    log('Seeding the scratch Neo4j (backbone and sources)...');
    await seedAll(database.executor, database.catalog, silentSeedLog);
    const seedSeconds = (Date.now() - started) / 1000;
    const servers = await startServers(['ours'], config, { settings, local: undefined });
    const ours = servers.get('ours');
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password));
    const points: CostPoint[] = [];
    const layers: Array<{ scale: number; nodes: number; relationships: number; writeSeconds: number }> = [];
    try {
      let written = 0;
      for (const scale of scales) {
        const writing = Date.now();
        for (; written < scale; written += 1) await database.executor.runText('WRITE', unit, { unit: written, properties: PROPERTY_GROUPS });
        const [counts] = await database.executor.runText(
          'READ',
          'RETURN COUNT { MATCH (n) WHERE n.synthetic } AS nodes, COUNT { MATCH ()-[r]->() WHERE r.synthetic } AS relationships',
        );
        layers.push({ scale, nodes: Number(counts?.nodes), relationships: Number(counts?.relationships), writeSeconds: (Date.now() - writing) / 1000 });
        log(`Scale ${scale}: ${String(counts?.nodes)} synthetic nodes, ${String(counts?.relationships)} synthetic relationships.`);
        for (const question of questions) points.push(await measurePoint(scale, question, ours, driver, log));
      }
    } finally {
      await driver.close();
      await Promise.all([...servers.values()].map((s) => s.stop()));
    }
    return { points, layers, seedSeconds };
  });
}

async function measurePoint(
  scale: number,
  question: Question,
  ours: Parameters<typeof ask>[0] | undefined,
  driver: ReturnType<typeof neo4j.driver>,
  log: (line: string) => void,
): Promise<CostPoint> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  let floorAnswer: unknown;
  let hits: number;
  try {
    const result = await session.run(`PROFILE ${floorCypher(question.slug)}`, toNeo4jParams(JSON.parse(question.floor.body)) as Record<string, unknown>);
    hits = result.summary.profile ? dbHits(result.summary.profile) : 0;
    floorAnswer = question.floor.normalize(result.records.map((record) => toPlain(record.toObject())));
  } finally {
    await session.close();
  }
  const how = question.ours;
  if (!ours || !isAsk(how)) return { scale, question: question.id, p50Ms: null, roundTrips: null, dbHits: hits, answers: 'not asked' };
  for (let i = 0; i < WARMUP; i += 1) await ask(ours, 'ours', how);
  const times: number[] = [];
  let last = await ask(ours, 'ours', how);
  for (let i = 0; i < REQUESTS; i += 1) {
    const t = process.hrtime.bigint();
    last = await ask(ours, 'ours', how);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const differences = last.value === undefined ? null : diff(last.value, canonical(floorAnswer));
  const answers = last.value === undefined ? `ours failed: ${last.failure ?? 'no answer'}` : differences?.length ? `differ (${differences.length} places)` : 'equal';
  const point = { scale, question: question.id, p50Ms: last.value === undefined ? null : median(times), roundTrips: last.roundTrips, dbHits: hits, answers };
  log(`N=${scale} ${question.id}: p50 ${point.p50Ms?.toFixed(1) ?? '-'} ms, ${point.roundTrips ?? '-'} Cypher/request, floor ${hits} db hits, answers ${answers}`);
  return point;
}

const grouped = (n: number): string => n.toLocaleString('en-US');

/** The cost curve as Markdown tables: per question p50 and db hits at each scale, then the layer's size. */
export function costCurveTables(curve: CostCurve, scales: readonly number[]): string {
  const ids = [...new Set(curve.points.map((p) => p.question))];
  const at = (id: string, scale: number): CostPoint | undefined => curve.points.find((p) => p.question === id && p.scale === scale);
  const head = ['Q', ...scales.map((n) => `p50 ms N=${n}`), ...scales.map((n) => `db hits N=${n}`), 'Cypher/req', 'answers (ours = floor)'];
  const rows = ids.map((id) => [
    id,
    ...scales.map((n) => at(id, n)?.p50Ms?.toFixed(1) ?? '-'),
    ...scales.map((n) => grouped(at(id, n)?.dbHits ?? 0)),
    [...new Set(scales.map((n) => String(at(id, n)?.roundTrips ?? '-')))].join(' / '),
    [...new Set(scales.map((n) => at(id, n)?.answers ?? '-'))].join('; '),
  ]);
  const table = (header: string[], body: string[][]): string =>
    [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  const layer = table(
    ['N', 'synthetic nodes', 'synthetic relationships', 'written in s'],
    curve.layers.map((l) => [String(l.scale), grouped(l.nodes), grouped(l.relationships), l.writeSeconds.toFixed(1)]),
  );
  return `${table(head, rows)}\n\n${layer}`;
}
