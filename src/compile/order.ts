/**
 * The order a compiled list reads its items in, and the cursors a compiled connection writes:
 * the same as the field's loader, so that a cursor is the same text whichever path wrote it
 * and a client can read on from a compiled page through the loader, or back (docs/connections.md).
 * - The backbone's connections (a regency's districts and islands, a district's villages) page
 *   by the other end's code, with key cursors (src/common/pagination.ts encodeCursor), as
 *   cypher/regency/districts.cypher, islands.cypher and cypher/district/villages.cypher do.
 * - The curated ones page by a sort key computed per item, with list cursors (encodeListCursor):
 *   what comes first (below), then the other end's key, then, for a list of relationship rows
 *   (a ProgramRun), the relationship's fact, which tells two rows between the same ends apart;
 *   as the `sortKey` of each loader's query (cypher/regency/agencies.cypher, programs.cypher, ...).
 * test/unit/compile-cypher.test.ts checks each sort key against its loader's query text.
 */
import type { EndPlan } from './plan';

/** How a compiled list orders its items and what a cursor of one names. */
export interface Order {
  /** `key`: the other end's key (a key cursor); `list`: the sort key (a list cursor). */
  readonly cursor: 'key' | 'list';
  /** The Cypher of an item's sort key, from the other end `m` and the relationship `r`. */
  readonly sortKey: (m: string, r: string) => string;
}

/** Agreements are listed newest first (undated last) wherever they are listed: the day negated, as an ascending key. */
const newestFirst = (m: string): string => `coalesce(-(${m}.date.year * 1000 + ${m}.date.ordinalDay), 0)`;

/** What a curated list sorts on before the other end's key, when anything: by the target, or by the field. */
const FIRST_BY_TARGET: Readonly<Record<string, (m: string, r: string) => string>> = { Agreement: newestFirst };
const FIRST_BY_FIELD: Readonly<Record<string, (m: string, r: string) => string>> = {
  // The government signed for, then the official (cypher/agreement/signatures.cypher).
  'Agreement.signatories': (_m, r) => `coalesce(${r}.onBehalfOf, '')`,
};

/** The order of the items at `end`: the other ends (`rows` false) or the relationship rows (`rows` true). */
export function orderOf(end: EndPlan, rows: boolean): Order {
  const key = end.target.key.field;
  if (!end.curated) return { cursor: 'key', sortKey: (m) => `${m}.${key}` };
  const first = FIRST_BY_FIELD[`${end.parent}.${end.field}`] ?? FIRST_BY_TARGET[end.target.name];
  return {
    cursor: 'list',
    sortKey: (m, r) => `[${[first?.(m, r), `${m}.${key}`, rows ? `${r}.fact` : undefined].filter(Boolean).join(', ')}]`,
  };
}

/** The head of a government (Bupati, Wali Kota) the graph knows of, current first, as cypher/regency/head.cypher picks it. */
export const HEAD_ORDER = (h: string): string => `${h}.endDate IS NULL DESC, ${h}.startDate DESC, ${h}.attestedOn DESC`;
