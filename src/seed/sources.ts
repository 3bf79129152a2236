/**
 * The curated facts: every `seed/sources/*.json` file with the document text beside it
 * (`*.txt`), validated, then written with MERGE so a re-run changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../common/paths';
import type { CypherCatalog } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import { buildSearchText } from '../common/normalize';
import { readRegencies } from './area-csv';
import { toSeedLog } from './seed-log';
import type { SeedLog, SeedLogOption } from './seed-log';
import { RELATIONSHIP_ENDPOINTS, RELATIONSHIP_TYPES } from './source-file';
import type { Evidence, RelationshipEntry, SourceFile } from './source-file';
import { parseNodeRef, SourceValidationError, validateSources } from './source-validate';
import type { CheckedSource, RawSource } from './source-validate';
import { writeRows } from './write-rows';
import { seedFingerprint } from './fingerprint';

/** Rows written by seedSources. */
export interface SourcesSummary {
  readonly sources: number;
  readonly nodes: number;
  readonly relationships: number;
}

export function sourcesDir(root: string = projectRoot()): string {
  return path.join(root, 'seed', 'sources');
}

/** A path as a curator would type it ("seed/sources/x.json") when it lies inside the project. */
function displayPath(file: string): string {
  const relative = path.relative(projectRoot(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.replace(/\\/g, '/');
}

/** Reads every JSON file of `dir` (in name order) and the text file beside each. */
export function readSourceDir(dir: string = sourcesDir()): RawSource[] {
  const names = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  return names.map((name) => {
    const jsonFile = path.join(dir, name);
    const textFile = jsonFile.replace(/\.json$/, '.txt');
    const file = displayPath(jsonFile);
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
    } catch (error) {
      throw new SourceValidationError([`${file}: is not valid JSON (${error instanceof Error ? error.message : String(error)}).`]);
    }
    if (!fs.existsSync(textFile)) {
      throw new SourceValidationError([`${file}: the document's text is missing: expected ${displayPath(textFile)} beside it.`]);
    }
    return { file, json, text: fs.readFileSync(textFile, 'utf8') };
  });
}

/** Reads and validates the curated sources against the backbone's regency codes. */
export function loadSources(dir: string = sourcesDir(), regencyCodes?: ReadonlySet<string>): CheckedSource[] {
  const codes = regencyCodes ?? new Set(readRegencies().map((regency) => regency.code));
  return validateSources(readSourceDir(dir), codes);
}

// ---------------------------------------------------------------------------------------
// Rows for the queries of cypher/seed/

function evidenceColumns(evidence: Evidence): { quote: string; inferred: boolean; note: string | null } {
  return { quote: evidence.quote, inferred: evidence.inferred, note: evidence.note };
}

/** Node rows per query, each carrying its SOURCED_FROM evidence. */
export function nodeRows(data: SourceFile): Array<{ query: string; rows: object[] }> {
  return [
    {
      query: 'seed/nodes/sector',
      rows: data.sectors.map((s) => ({ id: s.id, name: s.name, localName: s.localName, ...evidenceColumns(s.sourcedFrom) })),
    },
    {
      query: 'seed/nodes/official',
      rows: data.officials.map((o) => ({
        id: o.id,
        name: o.name,
        nickname: o.nickname,
        isGroup: o.isGroup,
        searchText: buildSearchText(o.name, o.nickname),
        ...evidenceColumns(o.sourcedFrom),
      })),
    },
    {
      query: 'seed/nodes/agency',
      rows: data.agencies.map((a) => ({
        id: a.id,
        name: a.name,
        shortName: a.shortName,
        kind: a.kind,
        governmentCode: a.governmentCode,
        searchText: buildSearchText(a.name, a.shortName),
        ...evidenceColumns(a.sourcedFrom),
      })),
    },
    {
      query: 'seed/nodes/program',
      rows: data.programs.map((p) => ({
        id: p.id,
        name: p.name,
        description: p.description,
        kind: p.kind,
        since: p.since,
        searchText: buildSearchText(p.name),
        ...evidenceColumns(p.sourcedFrom),
      })),
    },
    {
      query: 'seed/nodes/agreement',
      rows: data.agreements.map((a) => ({
        id: a.id,
        kind: a.kind,
        title: a.title,
        date: a.date,
        dateText: a.dateText,
        dateInferred: a.dateInferred,
        dateInference: a.dateInference,
        place: a.place,
        ...evidenceColumns(a.sourcedFrom),
      })),
    },
    {
      query: 'seed/nodes/claim',
      rows: data.claims.map((c) => ({ id: c.id, text: c.text, kind: c.kind, ...evidenceColumns(c.sourcedFrom) })),
    },
  ];
}

/** The Source node's row; `evidence` stays in the file, for reviewers. */
export function sourceRow(data: SourceFile): object {
  const { evidence: _evidence, ...properties } = data.source;
  return properties;
}

/** The seed query writing a relationship: one per type, HOLDS_POSITION split by target label. */
export function relationshipQuery(rel: Pick<RelationshipEntry, 'type' | 'to'>): string {
  const name = rel.type.toLowerCase().replace(/_/g, '-');
  if (rel.type !== 'HOLDS_POSITION') return `seed/relationships/${name}`;
  return `seed/relationships/${name}-${(parseNodeRef(rel.to)?.label ?? '').toLowerCase()}`;
}

/** Every query of cypher/seed/ that writing the sources may need. */
export function sourceQueryNames(): string[] {
  const marks = ['seed/source-fingerprint', 'seed/source-fingerprints'];
  const nodes = ['source', 'sector', 'official', 'agency', 'program', 'agreement', 'claim'].map((n) => `seed/nodes/${n}`);
  const relationships = RELATIONSHIP_TYPES.flatMap((type) =>
    RELATIONSHIP_ENDPOINTS[type].to.map((label) => relationshipQuery({ type, to: `${label}:x` })),
  );
  return [...marks, ...nodes, ...new Set(relationships)];
}

/** A relationship's row: its endpoints' keys, its properties and its provenance. */
export function relationshipRow(rel: RelationshipEntry, sourceId: string): object {
  const { type: _type, from, to, ...properties } = rel;
  return { ...properties, from: parseNodeRef(from)?.key, to: parseNodeRef(to)?.key, sourceId };
}

/** Groups the relationship rows of all sources by the query writing them, in first-seen order. */
export function relationshipRows(sources: readonly CheckedSource[]): Map<string, object[]> {
  const byQuery = new Map<string, object[]>();
  for (const { data } of sources) {
    for (const rel of data.relationships) {
      const query = relationshipQuery(rel);
      const rows = byQuery.get(query) ?? [];
      rows.push(relationshipRow(rel, data.source.id));
      byQuery.set(query, rows);
    }
  }
  return byQuery;
}

/**
 * Writes checked sources: first every Source and curated node of every file, then the
 * relationships, since a file may link to a node another file declares.
 */
export async function writeSources(
  executor: Executor,
  catalog: CypherCatalog,
  sources: readonly CheckedSource[],
  log: SeedLog,
): Promise<SourcesSummary> {
  let nodes = 0;
  let relationships = 0;
  for (const { file, data } of sources) {
    await writeRows(executor, 'seed/nodes/source', catalog.get('seed/nodes/source'), [sourceRow(data)]);
    for (const { query, rows } of nodeRows(data)) {
      await writeRows(executor, query, catalog.get(query), rows, { sourceId: data.source.id });
      nodes += rows.length;
    }
    log.info(`source ${data.source.id} (${file})`);
  }
  for (const [query, rows] of relationshipRows(sources)) {
    await writeRows(executor, query, catalog.get(query), rows);
    relationships += rows.length;
  }
  const fingerprints = sources.map((source) => ({ id: source.data.source.id, fingerprint: seedFingerprint(source) }));
  await writeRows(executor, 'seed/source-fingerprint', catalog.get('seed/source-fingerprint'), fingerprints);
  log.info(`curated: ${sources.length} source(s), ${nodes} nodes, ${relationships} relationships`);
  return { sources: sources.length, nodes, relationships };
}

/** Validates every file of seed/sources and writes it; throws before writing anything if a file is wrong. */
export async function seedSources(
  executor: Executor,
  catalog: CypherCatalog,
  log?: SeedLogOption,
): Promise<SourcesSummary> {
  return writeSources(executor, catalog, loadSources(), toSeedLog(log));
}
