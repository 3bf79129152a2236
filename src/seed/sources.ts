/**
 * The curated facts: every `seed/sources/*.json` file with the document text beside it
 * (`*.txt`), validated, then written with MERGE so a re-run changes nothing.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../common/paths';
import type { CypherCatalog } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import { readRegencies } from './area-csv';
import { toSeedLog } from './seed-log';
import type { SeedLog, SeedLogOption } from './seed-log';
import { CURATED_LISTS, RELATIONSHIP_ENDPOINTS, RELATIONSHIP_TYPES } from './source-file';
import { aliasesOf, declarationsOf, nodesOf, parsePropertyFact, propertyStatementsOf } from './property-statements';
import type { NodeRow } from './property-statements';
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

/** cypher/seed/nodes/curated.cypher for one label, its MERGE pattern and Date conversions from the model. */
function nodesCypher(catalog: CypherCatalog, label: string): string {
  const entity = MODEL.entity(label);
  const dates = Object.entries(entity.fields)
    .filter(([, field]) => field.type === 'Date')
    .map(([name]) => `, n.${name} = date(row.properties.${name})`);
  return catalog.renderFixed('seed/nodes/curated', { node: `(n:${label} {${entity.key.field}: row.key})`, dates: dates.join('') });
}

/** The curated nodes' rows, per label in CURATED_LISTS order (src/seed/property-statements.ts nodesOf). */
export function nodeRows(nodes: readonly NodeRow[]): Array<{ label: string; rows: object[] }> {
  return CURATED_LISTS.map(([label]) => ({
    label,
    rows: nodes.filter((node) => node.label === label).map(({ key, properties, sources }) => ({ key, properties, sources })),
  }));
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
  const marks = ['seed/source-fingerprint', 'seed/source-fingerprints', 'seed/statements', 'seed/curation-lock', 'seed/stored-sources', 'seed/store-source', 'seed/audit'];
  const retraction = ['statements', 'facts', 'provenance', 'nodes', 'sources'].map((n) => `seed/retract/${n}`);
  const nodes = ['seed/nodes/source', 'seed/nodes/curated'];
  const relationships = RELATIONSHIP_TYPES.flatMap((type) =>
    RELATIONSHIP_ENDPOINTS[type].to.map((label) => relationshipQuery({ type, to: `${label}:x` })),
  );
  return [...marks, ...retraction, ...nodes, ...new Set(relationships)];
}

/** Every statement the files make about relationships, in file order (src/seed/statements.ts). */
export function statementsOfSources(sources: readonly CheckedSource[]): StatementRow[] {
  return sources.flatMap(({ data }) => data.relationships.map((rel) => statementOf(rel, data.source.id)));
}

/** A property statement as cypher/seed/statements.cypher writes it: a SUBJECT and no OBJECT. */
function propertyStatementNodeRow(statement: StatementRow): object {
  const { values, sourceId, ...fields } = statement;
  return { sourceId, subject: parseNodeRef(parsePropertyFact(statement.fact)?.ref ?? ''), object: null, properties: { ...values, ...fields } };
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

/**
 * Retraction (docs/model.md): whatever the files no longer state goes: statements, the facts
 * they supported, SOURCED_FROM links, nodes no file declares, sources whose file is gone.
 */
function retractionSteps(catalog: CypherCatalog, sources: readonly CheckedSource[], statements: readonly StatementRow[], facts: readonly FactRow[]): WriteStep[] {
  const pairs = declarationsOf(sources).map(({ label, entry, sourceId }) => `${label}:${entry.id}|${sourceId}`);
  return [
    { text: catalog.get('seed/retract/statements'), params: { ids: statements.map((s) => s.id) } },
    { text: catalog.render('seed/retract/facts', { types: sourcedRelationshipTypes(MODEL) }), params: { facts: facts.map((f) => f.fact) } },
    { text: catalog.get('seed/retract/provenance'), params: { pairs } },
    { text: catalog.render('seed/retract/nodes', { labels: CURATED_LISTS.map(([label]) => label).join('|') }) },
    { text: catalog.get('seed/retract/sources'), params: { keep: [...sources.map((s) => s.data.source.id), BACKBONE_SOURCE.id] } },
  ];
}

/** The steps writing the curated layer exactly as `sources` state it, and what they amount to. */
function curatedSteps(catalog: CypherCatalog, sources: readonly CheckedSource[], log: SeedLog) {
  const steps: WriteStep[] = [];
  for (const { file, data, text } of sources) {
    steps.push(rowsStep('seed/nodes/source', catalog.get('seed/nodes/source'), [sourceRow({ data, text })]));
    log.info(`source ${data.source.id} (${file})`);
  }
  const declarations = declarationsOf(sources);
  const propertyStatements = declarations.flatMap(propertyStatementsOf);
  const nodes = nodesOf(declarations, propertyStatements, aliasesOf(sources));
  for (const { label, rows } of nodeRows(nodes)) {
    if (rows.length > 0) steps.push(rowsStep(`seed/nodes/curated (${label})`, nodesCypher(catalog, label), rows));
  }
  const relationshipStatements = statementsOfSources(sources);
  const statements = [...propertyStatements, ...relationshipStatements];
  const facts = factsOf(relationshipStatements);
  const statementRows = [...propertyStatements.map(propertyStatementNodeRow), ...relationshipStatements.map(statementNodeRow)];
  if (statementRows.length > 0) steps.push(rowsStep('seed/statements', statementsCypher(catalog), statementRows));
  for (const [query, rows] of factRows(facts)) steps.push(rowsStep(query, catalog.get(query), rows));
  const retraction = retractionSteps(catalog, sources, statements, facts);
  const firstRetraction = steps.length;
  steps.push(...retraction);
  const fingerprints = sources.map((source) => ({ id: source.data.source.id, fingerprint: seedFingerprint(source) }));
  if (fingerprints.length > 0) steps.push(rowsStep('seed/source-fingerprint', catalog.get('seed/source-fingerprint'), fingerprints));
  const summary: SourcesSummary = { sources: sources.length, nodes: nodes.length, statements: statements.length, relationships: facts.length };
  return { steps, retraction: { first: firstRetraction, count: retraction.length }, summary };
}

/** The id a source file gives its source, or '' when its JSON has none. */
export function sourceIdOf(raw: RawSource): string {
  const id = (raw.json as { source?: { id?: unknown } } | null)?.source?.id;
  return typeof id === 'string' ? id : '';
}

/** Who changed the curated layer, how, and what changed (as JSON: the plans' entities and statement ids, a rank, a source removed). */
export interface AuditRecord {
  readonly who: string;
  readonly action: string;
  readonly planHash: string | null;
  readonly detail: string;
}

/** A change to the sources the graph stores beside the files (src/ingest/): sources to add or replace, ids to remove. */
export interface StoredChange {
  readonly add?: readonly RawSource[];
  readonly remove?: readonly string[];
  /** Who made it and why, recorded as an (:AuditEntry) in the same transaction (cypher/seed/audit.cypher). */
  readonly audit?: AuditRecord;
  /** Whose the added sources are (curators change only their own): the audit's `who` unless given. */
  readonly ingestedBy?: string;
}

/**
 * Writes the curated layer as the sources state it, in one transaction (all or nothing): the
 * files given (seed/sources) and the sources ingested into the graph, which their Source nodes
 * keep (cypher/seed/stored-sources.cypher), changed by `change`. It takes the curated layer's
 * lock first and reads the stored sources after it, so two writers never rewrite the layer from
 * different sets. Then every Source and curated node, every statement, one relationship per
 * fact with its best value; then it retracts what no source states any more and marks each
 * source with its fingerprint. Idempotent: a second run with the same sources changes nothing.
 * Throws SourceValidationError, writing nothing, when a source is wrong.
 */
export async function writeSources(
  executor: Executor,
  catalog: CypherCatalog,
  files: readonly RawSource[],
  log: SeedLog,
  change: StoredChange = {},
): Promise<SourcesSummary> {
  const codes = new Set(readRegencies().map((regency) => regency.code));
  return executor.writeWith(async (run) => {
    await run(catalog.get('seed/curation-lock'));
    const stored: RawSource[] = (await run(catalog.get('seed/stored-sources'))).map((row) => ({
      file: `graph:${String(row.id)}`,
      json: JSON.parse(String(row.document)) as unknown,
      text: String(row.text),
    }));
    const added = change.add ?? [];
    const replaced = new Set([...(change.remove ?? []), ...added.map(sourceIdOf)]);
    const sources = validateSources([...files, ...stored.filter((raw) => !replaced.has(sourceIdOf(raw))), ...added], codes);
    const { steps, retraction, summary } = curatedSteps(catalog, sources, log);
    if (added.length > 0) {
      const rows = added.map((raw) => ({ id: sourceIdOf(raw), document: JSON.stringify(raw.json), text: raw.text, ingestedBy: change.ingestedBy ?? change.audit?.who ?? null }));
      steps.push(rowsStep('seed/store-source', catalog.get('seed/store-source'), rows));
    }
    let removed = 0;
    for (const [i, step] of steps.entries()) {
      const rows = await run(step.text, step.params);
      step.verify?.(rows);
      if (i >= retraction.first && i < retraction.first + retraction.count) removed += Number(rows[0]?.removed ?? 0);
    }
    if (change.audit) {
      const row = {
        id: randomUUID(),
        ...change.audit,
        sourceIds: [...added.map(sourceIdOf), ...(change.remove ?? [])],
        sources: summary.sources,
        nodes: summary.nodes,
        statements: summary.statements,
        facts: summary.relationships,
        retracted: removed,
      };
      const written = await run(catalog.get('seed/audit'), { rows: [row] });
      rowsStep('seed/audit', '', [row]).verify?.(written);
    }
    log.info(
      `curated: ${summary.sources} source(s), ${summary.nodes} nodes, ${summary.statements} statements, ${summary.relationships} facts` +
        (removed > 0 ? `, ${removed} retracted` : ''),
    );
    return summary;
  });
}

/** Validates every file of seed/sources and writes it; throws before writing anything if a file is wrong. */
export async function seedSources(
  executor: Executor,
  catalog: CypherCatalog,
  log?: SeedLogOption,
): Promise<SourcesSummary> {
  return writeSources(executor, catalog, readSourceDir(), toSeedLog(log));
}
