/**
 * From what sources say to what the graph shows (docs/model.md, "Statements"): every
 * relationship entry of a source file is one Statement (that source's words for one value of
 * one fact); the statements of a fact decide the one relationship the graph keeps for it and
 * the values its simple fields show. Pure: the seed writes what these functions return.
 */
import { createHash } from 'node:crypto';
import { MODEL } from '../model';
import type { DatePrecision, Rank } from '../model/enums';
import { isSpecialHolder } from './source-file';
import type { RelationshipEntry } from './source-file';

/** Evidence, ranking and the document's names of the ends: how a source states a value, not the value itself. */
const NOT_VALUES = new Set(['type', 'from', 'to', 'fromMention', 'toMention', 'quote', 'inferred', 'note', 'rank', 'rankReason']);

/** A statement's own fields on its node; every other property is a value it states. */
export const STATEMENT_FIELDS: ReadonlySet<string> = new Set([
  'id', 'fact', 'type', 'sourceId', 'rank', 'rankReason', 'quote', 'inferred', 'note', 'valueKey', 'valueNames', 'heldFrom', 'heldUntil',
]);

/** Earliest possible ISO date, standing for a term with no known start. */
const OPEN_START = '0001-01-01';
/** Latest possible ISO date, standing for a term with no known end. */
const OPEN_END = '9999-12-31';

/** The last day of the month or year a date to that precision stands for. */
function lastDayOf(date: string, precision: DatePrecision | null): string {
  if (precision === 'YEAR') return `${date.slice(0, 4)}-12-31`;
  if (precision !== 'MONTH') return date;
  const [year, month] = date.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}

/**
 * The days a position statement covers (docs/model.md, "As of a date"): from its start to its
 * end, a bound given only to the month or year covering all of it, open where the source gives
 * no bound; a statement with neither bound only the day it shows the position held
 * (attestedOn); one with no day at all, none (null).
 */
export function heldInterval(entry: RelationshipEntry): { heldFrom: string | null; heldUntil: string | null } {
  if (entry.type !== 'HOLDS_POSITION') return { heldFrom: null, heldUntil: null };
  if (entry.startDate || entry.endDate) {
    return {
      heldFrom: entry.startDate ?? OPEN_START,
      heldUntil: entry.endDate ? lastDayOf(entry.endDate, entry.endPrecision) : OPEN_END,
    };
  }
  return { heldFrom: entry.attestedOn, heldUntil: entry.attestedOn };
}

type Value = string | number | boolean | null;

/** One source's statement of one value of a fact, as stored on a (:Statement) node. */
export interface StatementRow {
  /** `<sourceId>|<fact>|<valueKey>`: a source states a value of a fact once. */
  readonly id: string;
  readonly fact: string;
  readonly type: string;
  readonly sourceId: string;
  readonly rank: Rank;
  readonly rankReason: string | null;
  readonly quote: string;
  readonly inferred: boolean;
  readonly note: string | null;
  /** Hash of `values`: statements with the same one state the same value. */
  readonly valueKey: string;
  /** The names of its values, null ones included (a node keeps no null property). */
  readonly valueNames: readonly string[];
  /** The fact's properties as this source gives them (title, dates, status, ...). */
  readonly values: Readonly<Record<string, Value>>;
  /**
   * For a position: the days it covers, ISO dates compared by `head(asOf:)` and
   * `officials(asOf:)` (see heldInterval); null for other facts and for positions a source
   * gives no day for.
   */
  readonly heldFrom: string | null;
  readonly heldUntil: string | null;
}

/** The one relationship kept for a fact, with the values of its best-ranked statement. */
export interface FactRow {
  readonly fact: string;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  /** Exactly the relationship's properties: the chosen values, `fact` and `valueKey`. */
  readonly properties: Readonly<Record<string, Value>>;
}

/** The properties that are part of a fact's identity, per relationship type (the model's `identity`). */
const IDENTITY: ReadonlyMap<string, readonly string[]> = new Map(
  MODEL.relationships.filter((r) => r.identity).map((r) => [r.type, r.identity ?? []]),
);

/**
 * A fact is a relationship type between two entities, plus the model's identity properties
 * of the type: `SIGNED_MOU|Official:x|Agreement:y`, `HOLDS_POSITION|Official:x|Regency:36.04|Regent`.
 */
export function factKey(entry: Pick<RelationshipEntry, 'type' | 'from' | 'to'>): string {
  const identity = (IDENTITY.get(entry.type) ?? []).map((name) => String((entry as unknown as Record<string, Value>)[name] ?? ''));
  return [entry.type, entry.from, entry.to, ...identity].join('|');
}

/** Splits a fact key back into its type and ends. */
export function parseFactKey(fact: string): { type: string; from: string; to: string } {
  const [type = '', from = '', to = ''] = fact.split('|');
  return { type, from, to };
}

/** The values an entry states: every property that is not evidence or ranking, in name order. */
export function statedValues(entry: RelationshipEntry): Record<string, Value> {
  const values: Record<string, Value> = {};
  for (const name of Object.keys(entry).sort()) {
    if (!NOT_VALUES.has(name)) values[name] = (entry as unknown as Record<string, Value>)[name] ?? null;
  }
  return values;
}

/** A short hash of a statement's values: statements with the same one state the same value. */
export function hashOf(values: Readonly<Record<string, Value>>): string {
  return createHash('sha256').update(JSON.stringify(values)).digest('hex').slice(0, 12);
}

/** The statement a source makes with one relationship entry. */
export function statementOf(entry: RelationshipEntry, sourceId: string): StatementRow {
  const fact = factKey(entry);
  const values = statedValues(entry);
  const valueKey = hashOf(values);
  return {
    id: `${sourceId}|${fact}|${valueKey}`,
    fact,
    type: entry.type,
    sourceId,
    rank: entry.rank,
    rankReason: entry.rankReason,
    quote: entry.quote,
    inferred: entry.inferred,
    note: entry.note,
    valueKey,
    valueNames: Object.keys(values),
    values,
    ...heldInterval(entry),
  };
}

/** Items by key, in first-seen order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

const RANK_ORDER: Readonly<Record<Rank, number>> = { PREFERRED: 0, NORMAL: 1, DEPRECATED: 2 };

/**
 * The rank of a value stated by several sources: PREFERRED when any curator prefers it,
 * else DEPRECATED when any deprecates it (a value shown wrong stays wrong), else NORMAL.
 */
export function valueRank(ranks: readonly Rank[]): Rank {
  if (ranks.includes('PREFERRED')) return 'PREFERRED';
  return ranks.includes('DEPRECATED') ? 'DEPRECATED' : 'NORMAL';
}

/** Statements of one fact grouped by value, each with its rank, best first (docs/model.md). */
export function valuesOfFact<S extends Pick<StatementRow, 'valueKey' | 'rank' | 'sourceId'>>(
  statements: readonly S[],
): Array<{ valueKey: string; rank: Rank; statements: S[] }> {
  const groups = groupBy(statements, (s) => s.valueKey);
  const values = [...groups].map(([valueKey, group]) => ({ valueKey, rank: valueRank(group.map((s) => s.rank)), statements: group }));
  // Best rank first; among equals, the value more sources state; then the earliest source id,
  // so the choice never depends on the order the files were read in.
  const firstSource = (group: readonly S[]): string => group.map((s) => s.sourceId).sort()[0] ?? '';
  return values.sort(
    (a, b) =>
      RANK_ORDER[a.rank] - RANK_ORDER[b.rank] ||
      b.statements.length - a.statements.length ||
      firstSource(a.statements).localeCompare(firstSource(b.statements)),
  );
}

/**
 * The relationships the graph keeps: one per fact with a value that is not deprecated,
 * carrying the best value. A fact whose every value is deprecated is not traversed, nor is a
 * post whose holder is UNKNOWN or NONE.
 */
export function factsOf(statements: readonly StatementRow[]): FactRow[] {
  const byFact = groupBy(statements, (s) => s.fact);
  const facts: FactRow[] = [];
  for (const [fact, group] of byFact) {
    const best = valuesOfFact(group)[0];
    const { type, from, to } = parseFactKey(fact);
    // A post held by nobody or by someone unnamed has no official to start a relationship from:
    // its statements alone say so (docs/model.md, "Unknown and none").
    if (!best || best.rank === 'DEPRECATED' || isSpecialHolder(from)) continue;
    facts.push({ fact, type, from, to, properties: { ...best.statements[0]?.values, fact, valueKey: best.valueKey } });
  }
  return facts;
}
