/**
 * What ingesting source files would change in the graph (issue 10, `npm run ingest --
 * --dry-run`): read-only. Each file is checked as the seed checks it (shape, quotes verbatim,
 * consistency), its references against the files and the nodes the graph holds already; then
 * its statements (src/seed/statements.ts, property-statements.ts) are compared with the
 * graph's: entities linked or new, statements added or already there, references added to
 * facts other sources state, values disagreeing with what the graph shows, statements retracted
 * for a changed source.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Executor } from '../db/executor';
import { readRegencies } from '../seed/area-csv';
import { declarationsOf, propertyStatementsOf } from '../seed/property-statements';
import { SourceValidationError, validateSources } from '../seed/source-validate';
import type { CheckedSource, RawSource } from '../seed/source-validate';
import { readSourceDir, sourceIdOf, statementsOfSources } from '../seed/sources';
import type { AuditRecord } from '../seed/sources';
import { CURATED_LISTS } from '../seed/source-file';
import { valuesOfFact } from '../seed/statements';
import type { StatementRow } from '../seed/statements';
import type { StatementRecord } from '../provenance/statement.loaders';
import { QUERIES } from '../db/queries';
import { existingRefs } from './candidates';
import { resolveMentions } from './mentions';
import type { MentionOutcome } from './mentions';

export interface IngestPlan {
  readonly file: string;
  readonly sourceId: string;
  /** `new` (the graph has no such source), `changed`, or `unchanged` (ingesting changes nothing). */
  readonly status: 'new' | 'changed' | 'unchanged';
  readonly entities: { readonly linked: readonly string[]; readonly created: readonly string[] };
  /** The file's mentions (names in place of keys) and what each resolved to. */
  readonly mentions: readonly MentionOutcome[];
  readonly statements: { readonly added: number; readonly unchanged: number; readonly retracted: readonly string[] };
  /** Facts other sources state already, with the same value: this source adds a reference. */
  readonly referencesAdded: readonly string[];
  /** Facts where this source gives another value than the one the graph shows. */
  readonly disagreements: ReadonlyArray<{ readonly fact: string; readonly given: string; readonly shown: string; readonly shownBy: readonly string[] }>;
}

/** The JSON files a curator names: files as given, folders by their *.json files in name order; each with its .txt beside it. */
export function readIngestFiles(paths: readonly string[]): RawSource[] {
  return paths.flatMap((p) => {
    if (fs.statSync(p).isDirectory()) return readSourceDir(p);
    return readSourceDir(path.dirname(p)).filter((raw) => path.basename(raw.file) === path.basename(p));
  });
}

/** Every `Label:key` a file declares or points at. */
function refsOf(raw: readonly RawSource[]): string[] {
  const refs = new Set<string>();
  for (const { json } of raw) {
    const data = json as { relationships?: Array<{ from?: unknown; to?: unknown }> } & Record<string, unknown>;
    for (const rel of data.relationships ?? []) for (const end of [rel.from, rel.to]) if (typeof end === 'string') refs.add(end);
  }
  return [...refs];
}

/** A statement's value as a curator reads it in a plan: "status=PLANNED", "date=2017-03-22". */
function valueText(names: readonly string[], values: Readonly<Record<string, unknown>>): string {
  return names
    .filter((name) => values[name] !== null && values[name] !== undefined)
    .map((name) => `${name}=${String(values[name])}`)
    .join(', ');
}

function planOne(
  source: CheckedSource,
  mentions: readonly MentionOutcome[],
  statements: readonly StatementRow[],
  inGraph: ReadonlySet<string>,
  known: ReadonlySet<string>,
  graphFacts: ReadonlyMap<string, StatementRecord[]>,
): IngestPlan {
  const sourceId = source.data.source.id;
  const declared = declarationsOf([source]).map(({ label, entry }) => `${label}:${entry.id}`);
  const pointed = source.data.relationships.flatMap((rel) => [rel.from, rel.to]).filter((ref) => ref.includes(':'));
  const entities = [...new Set([...declared, ...pointed])].sort();
  const ids = new Set(statements.map((s) => s.id));
  const added = statements.filter((s) => !inGraph.has(s.id));
  const retracted = [...inGraph].filter((id) => !ids.has(id)).sort();
  const referencesAdded: string[] = [];
  const disagreements: Array<{ fact: string; given: string; shown: string; shownBy: string[] }> = [];
  for (const statement of added) {
    const others = (graphFacts.get(statement.fact) ?? []).filter((s) => s.sourceId !== sourceId);
    if (others.length === 0) continue;
    if (others.some((s) => s.valueKey === statement.valueKey)) referencesAdded.push(statement.fact);
    const best = valuesOfFact(others)[0];
    const shown = best?.statements[0];
    if (best && shown && best.valueKey !== statement.valueKey) {
      disagreements.push({ fact: statement.fact, given: valueText(statement.valueNames, statement.values), shown: valueText(shown.valueNames, shown), shownBy: best.statements.map((s) => s.sourceId) });
    }
  }
  const status = inGraph.size === 0 && !known.has(`Source:${sourceId}`) ? 'new' : added.length === 0 && retracted.length === 0 ? 'unchanged' : 'changed';
  return {
    file: source.file,
    sourceId,
    status,
    entities: { linked: entities.filter((ref) => known.has(ref) || ref.startsWith('Regency:')), created: entities.filter((ref) => !known.has(ref) && !ref.startsWith('Regency:')) },
    mentions,
    statements: { added: added.length, unchanged: statements.length - added.length, retracted },
    referencesAdded: [...new Set(referencesAdded)].sort(),
    disagreements,
  };
}

/**
 * Checks the files as the seed does and refuses them with every problem at once: the mentions'
 * and the files' own, leaving out what the files' check says of the mentions left unresolved.
 */
function validateWith(mentionProblems: readonly string[], unresolved: readonly string[], validate: () => CheckedSource[]): CheckedSource[] {
  let problems: string[] = [];
  let sources: CheckedSource[] = [];
  try {
    sources = validate();
  } catch (error) {
    if (!(error instanceof SourceValidationError)) throw error;
    problems = error.problems.filter((problem) => !unresolved.some((where) => problem.startsWith(`${where}:`)));
  }
  if (mentionProblems.length + problems.length > 0) throw new SourceValidationError([...mentionProblems, ...problems]);
  return sources;
}

/**
 * Checks the files against the graph and says what ingesting them would change; throws
 * SourceValidationError listing every problem. Returns the plans and the files as they will be
 * written and stored: their mentions resolved to keys (mentions.ts).
 */
export async function planIngest(executor: Executor, given: readonly RawSource[]): Promise<{ plans: IngestPlan[]; sources: RawSource[] }> {
  if (given.length === 0) throw new SourceValidationError(['no source file given: name a .json file or a folder of them.']);
  const storedRows = await executor.read(QUERIES.ingest.storedById, { ids: given.map(sourceIdOf) });
  const stored = new Map(storedRows.map((row) => [String(row.id), JSON.parse(String(row.document)) as unknown]));
  const { sources: raw, mentions, problems, unresolved } = await resolveMentions(executor, given, stored);
  const sourceIds = raw.map((file) => `Source:${sourceIdOf(file)}`);
  const codes = new Set(readRegencies().map((regency) => regency.code));
  // The nodes the files point at or declare that the graph holds, before checking: a file may
  // point at a node another source declared, or add properties to it.
  const declared = raw.flatMap(({ json }) =>
    CURATED_LISTS.flatMap(([label, list]) => {
      const entries = (json as Record<string, unknown>)[list];
      return Array.isArray(entries) ? entries.map((entry: { id?: unknown }) => `${label}:${String(entry.id)}`) : [];
    }),
  );
  const known = await existingRefs(executor, [...refsOf(raw), ...declared, ...sourceIds]);
  const sources = validateWith(problems, unresolved, () => validateSources(raw, codes, known));
  const plans: IngestPlan[] = [];
  for (const [i, source] of sources.entries()) {
    const statements = [...declarationsOf([source]).flatMap(propertyStatementsOf), ...statementsOfSources([source])];
    const inGraph = new Set((await executor.read(QUERIES.ingest.sourceStatements, { id: source.data.source.id })).map((row) => String(row.id)));
    const facts = [...new Set(statements.map((s) => s.fact))];
    const rows = facts.length === 0 ? [] : await executor.read(QUERIES.statement.byFacts, { keys: facts });
    const graphFacts = new Map(rows.map((row) => [String(row.key), row.value as StatementRecord[]]));
    plans.push(planOne(source, mentions[i] ?? [], statements, inGraph, known, graphFacts));
  }
  return { plans, sources: raw };
}

/** The audit record of applying `plans`: their SHA-256 and what they change, per source (entities made, statements added and retracted). */
export function auditOfPlans(who: string, plans: readonly IngestPlan[]): AuditRecord {
  const changes = plans.map((p) => ({ sourceId: p.sourceId, status: p.status, created: p.entities.created, statementsAdded: p.statements.added, retracted: p.statements.retracted }));
  return { who, action: 'ingestSource', planHash: createHash('sha256').update(JSON.stringify(plans)).digest('hex'), detail: JSON.stringify(changes) };
}

/** The plan as a curator reads it, a few lines per file. */
export function formatPlan(plans: readonly IngestPlan[]): string {
  return plans
    .map((plan) => {
      const lines = [
        `${plan.file}: source ${plan.sourceId} (${plan.status})`,
        `  entities: ${plan.entities.linked.length} linked${plan.entities.linked.length ? ` (${plan.entities.linked.join(', ')})` : ''}, ` +
          `${plan.entities.created.length} new${plan.entities.created.length ? ` (${plan.entities.created.join(', ')})` : ''}`,
        `  statements: ${plan.statements.added} added, ${plan.statements.unchanged} already in the graph, ${plan.statements.retracted.length} retracted`,
        `  references added to facts other sources state: ${plan.referencesAdded.length}${plan.referencesAdded.length ? ` (${plan.referencesAdded.join('; ')})` : ''}`,
      ];
      for (const m of plan.mentions) lines.push(`  mention at ${m.path}: ${m.sentence}`);
      for (const d of plan.disagreements) lines.push(`  disagrees: ${d.fact}: this source gives ${d.given}; the graph shows ${d.shown} (${d.shownBy.join(', ')})`);
      for (const id of plan.statements.retracted) lines.push(`  retracts: ${id}`);
      return lines.join('\n');
    })
    .join('\n');
}
