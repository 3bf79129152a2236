import fs from 'node:fs';
import type { Executor, Row } from '../db/executor';
import { expectedBackboneGraph, readBackbone } from './backbone';
import type { Backbone } from './backbone';
import { BACKBONE_SOURCE } from './backbone-source';
import { loadSources, sourcesDir } from './sources';
import { backboneFingerprint, seedFingerprint } from './fingerprint';
import { ENTITY_NAMES, MODEL } from '../model';
import { countsCypher } from '../model/cypher';

export type Counts = Readonly<Record<string, number>>;

export interface GraphCounts {
  /** Nodes per label. */
  readonly nodes: Counts;
  /** Relationships per type. */
  readonly relationships: Counts;
}

export interface SeedReport extends GraphCounts {
  /** Milliseconds per step, and in all. */
  readonly elapsedMs: {
    readonly schema: number;
    readonly backbone: number;
    readonly sources: number;
    readonly total: number;
  };
}

/** The order of docs/model.md: backbone first, then curated; Neo4j maps come back unordered. */
/** Counts are listed in the model's order: labels as declared, relationship types as first declared. */
const LABEL_ORDER: readonly string[] = ENTITY_NAMES;
const TYPE_ORDER: readonly string[] = MODEL.relationshipTypes().map(({ type }) => type);
const COUNTS = countsCypher(MODEL);

function rank(order: readonly string[], key: string): number {
  const index = order.indexOf(key);
  return index < 0 ? order.length : index;
}

/** A count map with its keys in `order` (unknown keys last, alphabetically). */
export function toCounts(value: Row[string] | undefined, order: readonly string[]): Counts {
  const counts: Record<string, number> = {};
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value).sort((a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b));
    for (const key of keys) counts[key] = Number(value[key]);
  }
  return counts;
}

/** Parses the one row of the counts query (countsCypher). */
export function parseCounts(rows: Row[]): GraphCounts {
  const row = rows[0];
  return { nodes: toCounts(row?.nodes, LABEL_ORDER), relationships: toCounts(row?.relationships, TYPE_ORDER) };
}

/** Nodes per label and relationships per type, from Neo4j's count store. */
export async function countGraph(executor: Executor): Promise<GraphCounts> {
  return parseCounts(await executor.runText('READ', COUNTS));
}

/** The backbone is complete when every level and its structural relationships have the count its CSV rows give. */
export function backboneComplete(counts: GraphCounts, backbone: Backbone): boolean {
  const expected = expectedBackboneGraph(backbone);
  return (
    Object.entries(expected.nodes).every(([label, count]) => counts.nodes[label] === count) &&
    Object.entries(expected.relationships).every(([type, count]) => counts.relationships[type] === count)
  );
}

/** How many source files seed/sources holds: the Source nodes a seeded graph has at least. */
export function sourceFileCount(dir: string = sourcesDir()): number {
  return fs.readdirSync(dir).filter((name) => name.endsWith('.json')).length;
}

/**
 * True when the graph holds the whole backbone, written from the installed idn-area-data as
 * it is now (the backbone's Source carries the fingerprint of its CSV files), and every file
 * of seed/sources was written as it is now (its Source node carries the file's current
 * fingerprint); so `npm start` seeds an empty or half-seeded database, and seeds again when
 * the dataset is upgraded, a source file is added or edited, or the seed's Cypher changes.
 * Uses the executor's own catalog.
 */
export async function isSeeded(executor: Executor): Promise<boolean> {
  const counts = parseCounts(await executor.runText('READ', COUNTS));
  if (!backboneComplete(counts, readBackbone()) || (counts.nodes.Source ?? 0) < sourceFileCount()) return false;
  const stored = new Map((await executor.read('seed/source-fingerprints')).map((row) => [row.id, row.fingerprint]));
  if (stored.get(BACKBONE_SOURCE.id) !== backboneFingerprint()) return false;
  // Exactly the files' sources (ingested ones aside): a Source whose file was removed must be retracted by a new seed.
  const sources = loadSources();
  if (stored.size !== sources.length + 1) return false;
  return sources.every((source) => stored.get(source.data.source.id) === seedFingerprint(source));
}

/** The report as aligned text lines, for the CLI. */
export function formatReport(report: SeedReport): string {
  const lines: string[] = [];
  const width = Math.max(0, ...[...Object.keys(report.nodes), ...Object.keys(report.relationships)].map((key) => key.length));
  const section = (title: string, counts: Counts): void => {
    lines.push(title);
    for (const [key, count] of Object.entries(counts)) lines.push(`  ${key.padEnd(width)}  ${count.toLocaleString('en-US').padStart(7)}`);
  };
  section('Nodes', report.nodes);
  section('Relationships', report.relationships);
  const { schema, backbone, sources, total } = report.elapsedMs;
  lines.push(`Elapsed: schema ${seconds(schema)}, backbone ${seconds(backbone)}, sources ${seconds(sources)}, total ${seconds(total)}`);
  return lines.join('\n');
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
