/**
 * Posts held by nobody or by someone unnamed (docs/model.md, "Unknown and none"): their
 * statements come from cypher/regency/positions.cypher as rows of their own, one per source
 * and value; a post shows the best value of its fact, chosen as every other fact's is
 * (src/seed/statements.ts valuesOfFact), and none when every value is deprecated.
 */
import type { Rank } from '../model/enums';
import { valuesOfFact } from '../seed/statements';
import type { Position } from './official.type';

/** A row of a positions query: a known holder's relationship, or a statement of an unknown or no holder. */
export type PositionRow = Position & { readonly rank?: Rank | null; readonly sourceId?: string | null };

export function keepBestHolders(rows: readonly PositionRow[]): Position[] {
  const special = new Map<string, PositionRow[]>();
  const kept: Position[] = [];
  for (const row of rows) {
    if (row.holder === 'KNOWN' || !row.fact) {
      kept.push(row);
      continue;
    }
    const group = special.get(row.fact);
    if (group) group.push(row);
    else {
      special.set(row.fact, [row]);
      kept.push(row);
    }
  }
  return kept.flatMap((row) => {
    if (row.holder === 'KNOWN' || !row.fact) return [row];
    const statements = (special.get(row.fact) ?? []).map((s) => ({ ...s, rank: s.rank ?? 'NORMAL', sourceId: s.sourceId ?? '', valueKey: s.valueKey ?? '' }));
    const best = valuesOfFact(statements)[0];
    return best && best.rank !== 'DEPRECATED' && best.statements[0] ? [best.statements[0]] : [];
  });
}

/** The titles of a government's head (Bupati, Wali Kota); cypher/regency/head.cypher names the same (a unit test checks). */
export const HEAD_TITLES: readonly string[] = ['Regent', 'Mayor'];
