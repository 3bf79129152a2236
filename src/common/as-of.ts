/**
 * "As of a date": who held a position on a day. Sources rarely give terms of office; the
 * seed article only shows officials in office on the days it reports. So a position holds
 * on day D when its known bounds allow it, and, when it has no bounds at all, only on the
 * day a source shows it (never on a guessed term). The Cypher of cypher/regency/head.cypher
 * and cypher/regency/positions.cypher applies this rule; docs/model.md states it.
 */
export const HOLDS_ON_RULE =
  'A position is held on day D when a source that is not deprecated covers D: from its startDate to its endDate (a bound ' +
  'given only to the month or year covers all of it; no bound: open), or, when it gives neither, on its attestedOn day alone.';

/**
 * The key of a batch query that answers as of a day: "36.04@2017-03-22", or the plain
 * code when there is no day. One loader then serves every date asked in a request, in one
 * round trip, as `source/node-provenance` serves every label with "Label:key" keys.
 */
export function asOfKey(code: string, asOf: string | null | undefined): string {
  return asOf ? `${code}@${asOf}` : code;
}
