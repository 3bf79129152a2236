/**
 * The curated facts: every `seed/sources/*.json` file with the document text beside it
 * (`*.txt`), validated, then written with MERGE so a re-run changes nothing.
 */
import { createHash } from 'node:crypto';
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
import type { Evidence, SourceFile } from './source-file';
import { factsOf, parseFactKey, statementOf } from './statements';
import { entityByRefBranches, sourcedRelationshipTypes } from '../model/cypher';
import type { FactRow, StatementRow } from './statements';
import { BACKBONE_SOURCE } from './backbone-source';
import { MODEL } from '../model';
import type { WriteStep } from '../db/executor';
import { parseNodeRef, SourceValidationError, validateSources } from './source-validate';
import type { CheckedSource, RawSource } from './source-validate';
import { rowsStep } from './write-rows';
import { seedFingerprint } from './fingerprint';

/** Rows written by seedSources. */
export interface SourcesSummary {
  readonly sources: number;
  readonly nodes: number;
  /** What the files state: one per source, fact and value. */
  readonly statements: number;
  /** Relationships kept: one per fact with a value that is not deprecated. */
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
export function nodeRows(data: SourceFile): Array<{ label: string; query: string; rows: object[] }> {
  return [
    {
      label: 'Sector',
      query: 'seed/nodes/sector',
      rows: data.sectors.map((s) => ({ id: s.id, name: s.name, localName: s.localName, ...evidenceColumns(s.sourcedFrom) })),
    },
    {
      label: 'Official',
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
      label: 'Agency',
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
      label: 'Program',
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
      label: 'Agreement',
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
      label: 'Claim',
      query: 'seed/nodes/claim',
      rows: data.claims.map((c) => ({ id: c.id, text: c.text, kind: c.kind, ...evidenceColumns(c.sourcedFrom) })),
    },
  ];
}

/**
 * The Source node's row, with the hash of the text its quotes were checked against;
 * `evidence` stays in the file, for reviewers.
 */
export function sourceRow({ data, text }: Pick<CheckedSource, 'data' | 'text'>): object {
  const { evidence: _evidence, ...properties } = data.source;
  return { ...properties, textSha256: createHash('sha256').update(text).digest('hex') };
}

/** The seed query writing a relationship: one per type, HOLDS_POSITION split by target label. */
export function relationshipQuery(rel: { readonly type: string; readonly to: string }): string {
  const name = rel.type.toLowerCase().replace(/_/g, '-');
  if (rel.type !== 'HOLDS_POSITION') return `seed/relationships/${name}`;
  return `seed/relationships/${name}-${(parseNodeRef(rel.to)?.label ?? '').toLowerCase()}`;
}

/** Every query of cypher/seed/ that writing the sources may need. */
export function sourceQueryNames(): string[] {
  const marks = ['seed/source-fingerprint', 'seed/source-fingerprints', 'seed/statements'];
  const retraction = ['statements', 'facts', 'provenance', 'nodes', 'sources'].map((n) => `seed/retract/${n}`);
  const nodes = ['source', 'sector', 'official', 'agency', 'program', 'agreement', 'claim'].map((n) => `seed/nodes/${n}`);
  const relationships = RELATIONSHIP_TYPES.flatMap((type) =>
    RELATIONSHIP_ENDPOINTS[type].to.map((label) => relationshipQuery({ type, to: `${label}:x` })),
  );
  return [...marks, ...retraction, ...nodes, ...new Set(relationships)];
}

/** Every statement the files make, in file order (src/seed/statements.ts). */
export function statementsOfSources(sources: readonly CheckedSource[]): StatementRow[] {
  return sources.flatMap(({ data }) => data.relationships.map((rel) => statementOf(rel, data.source.id)));
}

/** A statement as cypher/seed/statements.cypher writes it: its values flattened beside its own fields. */
export function statementNodeRow(statement: StatementRow): object {
  const { values, sourceId, ...fields } = statement;
  const { from, to } = parseFactKey(statement.fact);
  return { sourceId, subject: parseNodeRef(from), object: parseNodeRef(to), properties: { ...values, ...fields } };
}

/** cypher/seed/statements.cypher with its two ends' look-ups filled in from the model. */
function statementsCypher(catalog: CypherCatalog): string {
  return catalog.render('seed/statements', { subject: entityByRefBranches(MODEL, 'subject'), object: entityByRefBranches(MODEL, 'object') });
}

/** Groups the facts' rows by the query writing them (one per type and target label), in first-seen order. */
export function factRows(facts: readonly FactRow[]): Map<string, object[]> {
  const byQuery = new Map<string, object[]>();
  for (const fact of facts) {
    const query = relationshipQuery(fact);
    const rows = byQuery.get(query) ?? [];
    rows.push({ fact: fact.fact, from: parseNodeRef(fact.from)?.key, to: parseNodeRef(fact.to)?.key, properties: fact.properties });
    byQuery.set(query, rows);
  }
  return byQuery;
}

/** Curated labels a source file declares nodes of (each with SOURCED_FROM): Official, Agency, ... */
function declaredLabels(): string[] {
  return MODEL.relationships.filter((r) => r.type === 'SOURCED_FROM' && r.from !== 'Source').map((r) => r.from);
}

/**
 * Retraction (docs/model.md): whatever the files no longer state goes: statements, the facts
 * they supported, SOURCED_FROM links, nodes no file declares, sources whose file is gone.
 */
function retractionSteps(catalog: CypherCatalog, sources: readonly CheckedSource[], statements: readonly StatementRow[], facts: readonly FactRow[]): WriteStep[] {
  const pairs = sources.flatMap(({ data }) =>
    nodeRows(data).flatMap(({ label, rows }) => rows.map((row) => `${label}:${(row as { id: string }).id}|${data.source.id}`)),
  );
  return [
    { text: catalog.get('seed/retract/statements'), params: { ids: statements.map((s) => s.id) } },
    { text: catalog.render('seed/retract/facts', { types: sourcedRelationshipTypes(MODEL) }), params: { facts: facts.map((f) => f.fact) } },
    { text: catalog.get('seed/retract/provenance'), params: { pairs } },
    { text: catalog.render('seed/retract/nodes', { labels: declaredLabels().join('|') }) },
    { text: catalog.get('seed/retract/sources'), params: { keep: [...sources.map((s) => s.data.source.id), BACKBONE_SOURCE.id] } },
  ];
}

/**
 * Writes the curated layer as the files state it, in one transaction (all or nothing): every
 * Source and curated node, every statement, one relationship per fact with its best value,
 * then retracts what the files no longer state, then marks each source with its fingerprint.
 * Idempotent: a second run with the same files changes nothing.
 */
export async function writeSources(
  executor: Executor,
  catalog: CypherCatalog,
  sources: readonly CheckedSource[],
  log: SeedLog,
): Promise<SourcesSummary> {
  const steps: WriteStep[] = [];
  let nodes = 0;
  for (const { file, data, text } of sources) {
    steps.push(rowsStep('seed/nodes/source', catalog.get('seed/nodes/source'), [sourceRow({ data, text })]));
    for (const { query, rows } of nodeRows(data)) {
      if (rows.length > 0) steps.push(rowsStep(query, catalog.get(query), rows, { sourceId: data.source.id }));
      nodes += rows.length;
    }
    log.info(`source ${data.source.id} (${file})`);
  }
  const statements = statementsOfSources(sources);
  const facts = factsOf(statements);
  if (statements.length > 0) steps.push(rowsStep('seed/statements', statementsCypher(catalog), statements.map(statementNodeRow)));
  for (const [query, rows] of factRows(facts)) steps.push(rowsStep(query, catalog.get(query), rows));
  const retraction = retractionSteps(catalog, sources, statements, facts);
  const firstRetraction = steps.length;
  steps.push(...retraction);
  const fingerprints = sources.map((source) => ({ id: source.data.source.id, fingerprint: seedFingerprint(source) }));
  if (fingerprints.length > 0) steps.push(rowsStep('seed/source-fingerprint', catalog.get('seed/source-fingerprint'), fingerprints));
  const results = await executor.writeTogether(steps);
  const removed = results
    .slice(firstRetraction, firstRetraction + retraction.length)
    .reduce((sum, rows) => sum + Number(rows[0]?.removed ?? 0), 0);
  log.info(
    `curated: ${sources.length} source(s), ${nodes} nodes, ${statements.length} statements, ${facts.length} facts` +
      (removed > 0 ? `, ${removed} retracted` : ''),
  );
  return { sources: sources.length, nodes, statements: statements.length, relationships: facts.length };
}

/** Validates every file of seed/sources and writes it; throws before writing anything if a file is wrong. */
export async function seedSources(
  executor: Executor,
  catalog: CypherCatalog,
  log?: SeedLogOption,
): Promise<SourcesSummary> {
  return writeSources(executor, catalog, loadSources(), toSeedLog(log));
}
