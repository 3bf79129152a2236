import 'reflect-metadata';
import neo4j from 'neo4j-driver';
import { CypherCatalog } from '../src/db/cypher-catalog';
import { cypherDir } from '../src/app';
import { cooperationText, neighbourhoodText, pathText } from '../src/graph/graph.repository';
import { DEFAULT_NEIGHBOURHOOD_TYPES, DEFAULT_PATH_TYPES } from '../src/graph/relationship-type';
import { QUERIES } from '../src/db/queries';
import { dbHits, runScript, withReadSession } from './profile';

/**
 * Database hits and rows of the graph questions' Cypher (cypher/graph/) and of the lists capped
 * with them (a source's facts, a sector's agreements), as the API runs them:
 * `node dist/bench/profile-graph.js bolt://localhost:7687`. One line per question, with the
 * answer's size, so a change can be checked to answer the same.
 */
const ref = (label: string, key: string): { label: string; key: string } => ({ label, key });

const NEIGHBOURHOODS = [
  { of: ref('Official', 'ratu-tatu-chasanah'), depth: 3 },
  { of: ref('Regency', '36.04'), depth: 2 },
  { of: ref('Regency', '36.04'), depth: 3 },
  { of: ref('Province', '35'), depth: 3 },
];
const PATHS = [
  { from: ref('Official', 'anang-mulyana'), to: ref('Official', 'abdullah-azwar-anas'), maxLength: 6 },
  { from: ref('Regency', '36.04'), to: ref('Regency', '35.10'), maxLength: 6 },
  { from: ref('Official', 'anang-mulyana'), to: ref('Official', 'abdullah-azwar-anas'), maxLength: 2 },
  { from: ref('Province', '11'), to: ref('Province', '12'), maxLength: 10 },
  { from: ref('Province', '11'), to: ref('Province', '12'), maxLength: 3 },
];

async function main(): Promise<void> {
  const catalog = CypherCatalog.load(cypherDir());
  await withReadSession(process.argv[2] ?? 'bolt://localhost:7687', async (session) => {
    const profile = async (name: string, text: string, params: Record<string, unknown>): Promise<void> => {
      const result = await session.run(`PROFILE ${text}`, params);
      const plan = result.summary.profile;
      if (!plan) throw new Error('no profile');
      const row = result.records[0]?.toObject() as { nodes?: unknown[]; edges?: unknown[]; reachable?: unknown; truncated?: unknown; value?: unknown[] } | undefined;
      const answer = !row
        ? 'no row'
        : row.value
          ? `${row.value.length} rows`
          : `${row.nodes?.length} nodes, ${row.edges?.length} edges${row.reachable === undefined ? '' : `, reachable ${String(row.reachable)}, truncated ${String(row.truncated)}`}`;
      process.stdout.write(`${name} | ${dbHits(plan)} db hits | ${answer}\n`);
    };
    for (const n of NEIGHBOURHOODS) {
      const params = { of: n.of, depth: neo4j.int(n.depth), types: DEFAULT_NEIGHBOURHOOD_TYPES, limit: neo4j.int(200) };
      await profile(`neighbourhood ${n.of.label}:${n.of.key} depth ${n.depth} limit 200`, neighbourhoodText(catalog), params);
    }
    await profile('cooperationNetwork limit 200', cooperationText(catalog), { provinceCode: null, sectorId: null, from: null, to: null, limit: neo4j.int(200) });
    const batch = { keys: ['bantenheadline-2017-03-mou-serang-banyuwangi'], limit: neo4j.int(100) };
    await profile('Source.facts of the article, first 100', catalog.get(QUERIES.source.facts), batch);
    await profile('Sector.agreements of tourism, first 100', catalog.get(QUERIES.sector.agreements), { keys: ['tourism'], limit: neo4j.int(100) });
    for (const p of PATHS) {
      const params = { from: p.from, to: p.to, types: DEFAULT_PATH_TYPES };
      await profile(`path ${p.from.label}:${p.from.key} -> ${p.to.label}:${p.to.key} maxLength ${p.maxLength}`, pathText(catalog, p.maxLength), params);
    }
  });
}

runScript(main);
