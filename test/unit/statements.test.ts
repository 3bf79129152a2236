import fs from 'node:fs';
import path from 'node:path';
import { HEAD_TITLES, keepBestHolders } from '../../src/official/holders';
import type { PositionRow } from '../../src/official/holders';
import { factKey, factsOf, heldInterval, statementOf, valuesOfFact } from '../../src/seed/statements';
import type { RelationshipEntry } from '../../src/seed/source-file';

const evidence = { quote: 'q', inferred: false, note: null, rank: 'NORMAL', rankReason: null } as const;
const adopted = (status: 'PLANNED' | 'DONE', extra: Partial<RelationshipEntry> = {}): RelationshipEntry =>
  ({ type: 'ADOPTED', from: 'Regency:36.04', to: 'Program:p', status, date: null, fromCode: '35.10', ...evidence, ...extra }) as RelationshipEntry;
const position = (bounds: Record<string, unknown>): RelationshipEntry =>
  ({
    type: 'HOLDS_POSITION',
    from: 'Official:o',
    to: 'Regency:36.04',
    title: 'Regent',
    localTitle: 'Bupati',
    startDate: null,
    startPrecision: null,
    startInferred: false,
    endDate: null,
    endPrecision: null,
    endInferred: false,
    attestedOn: null,
    attestedOnText: null,
    attestedOnInferred: false,
    ...evidence,
    ...bounds,
  }) as RelationshipEntry;

describe('facts and statements (src/seed/statements.ts)', () => {
  it('keys a fact by type, ends and the identity properties the model declares (a position’s title)', () => {
    expect(factKey(adopted('PLANNED'))).toBe('ADOPTED|Regency:36.04|Program:p');
    expect(factKey(position({}))).toBe('HOLDS_POSITION|Official:o|Regency:36.04|Regent');
  });

  it('gives equal values one valueKey whatever the source, and another value another', () => {
    const a = statementOf(adopted('PLANNED'), 'a');
    const b = statementOf(adopted('PLANNED', { quote: 'other words' }), 'b');
    const c = statementOf(adopted('DONE'), 'c');
    expect(a.valueKey).toBe(b.valueKey);
    expect(c.valueKey).not.toBe(a.valueKey);
    expect(a.id).toBe(`a|${a.fact}|${a.valueKey}`);
    expect(a.valueNames).toEqual(['date', 'fromCode', 'status']);
  });

  it('orders values by rank, then by how many sources state them, then by the first source id', () => {
    const statements = [
      statementOf(adopted('DONE'), 'z'),
      statementOf(adopted('PLANNED'), 'b'),
      statementOf(adopted('PLANNED'), 'c'),
    ];
    expect(valuesOfFact(statements).map((v) => [v.rank, v.statements.map((s) => s.sourceId)])).toEqual([
      ['NORMAL', ['b', 'c']],
      ['NORMAL', ['z']],
    ]);
    const preferred = statementOf(adopted('DONE', { rank: 'PREFERRED', rankReason: 'r' }), 'z');
    expect(valuesOfFact([...statements.slice(1), preferred])[0]?.rank).toBe('PREFERRED');
    expect(factsOf([...statements.slice(1), preferred])[0]?.properties.status).toBe('DONE');
  });

  it('keeps no relationship for a fact whose every value is deprecated', () => {
    expect(factsOf([statementOf(adopted('DONE', { rank: 'DEPRECATED', rankReason: 'wrong' }), 'a')])).toEqual([]);
  });

  it('computes the days a position covers from its term, its precision, or the day a source shows it', () => {
    expect(heldInterval(position({ startDate: '2016-02-17', startPrecision: 'DAY', endDate: '2021-02-17', endPrecision: 'DAY' }))).toEqual({
      heldFrom: '2016-02-17',
      heldUntil: '2021-02-17',
    });
    expect(heldInterval(position({ startDate: '2016-01-01', startPrecision: 'YEAR', endDate: '2020-02-01', endPrecision: 'MONTH' }))).toEqual({
      heldFrom: '2016-01-01',
      heldUntil: '2020-02-29',
    });
    expect(heldInterval(position({ endDate: '2021-01-01', endPrecision: 'YEAR' }))).toEqual({ heldFrom: '0001-01-01', heldUntil: '2021-12-31' });
    expect(heldInterval(position({ attestedOn: '2017-03-22' }))).toEqual({ heldFrom: '2017-03-22', heldUntil: '2017-03-22' });
    expect(heldInterval(position({}))).toEqual({ heldFrom: null, heldUntil: null });
    expect(heldInterval(adopted('DONE'))).toEqual({ heldFrom: null, heldUntil: null });
  });
});

describe('posts held by nobody or someone unnamed (src/official/holders.ts)', () => {
  const row = (holder: 'KNOWN' | 'UNKNOWN' | 'NONE', fact: string, valueKey: string, sourceId: string, rank: 'NORMAL' | 'DEPRECATED' = 'NORMAL') =>
    ({ holder, fact, valueKey, sourceId, rank, title: 'Regent', officialId: null, governmentCode: '36.04', agencyId: null }) as unknown as PositionRow;

  it('keeps the best value of each special fact once, in place, and drops a fact whose every value is deprecated', () => {
    const kept = keepBestHolders([
      row('KNOWN', 'HOLDS_POSITION|Official:x|Regency:36.04|Regent', 'k', ''),
      row('NONE', 'HOLDS_POSITION|NONE|Regency:36.04|Regent', 'a', 'source-b'),
      row('NONE', 'HOLDS_POSITION|NONE|Regency:36.04|Regent', 'b', 'source-a'),
      row('UNKNOWN', 'HOLDS_POSITION|UNKNOWN|Regency:36.04|Regent', 'c', 'source-a', 'DEPRECATED'),
    ]);
    expect(kept.map((p) => [p.holder, p.valueKey])).toEqual([
      ['KNOWN', 'k'],
      ['NONE', 'b'],
    ]);
  });

  it('names the same head titles as cypher/regency/head.cypher', () => {
    const text = fs.readFileSync(path.join(__dirname, '..', '..', 'cypher', 'regency', 'head.cypher'), 'utf8');
    expect(text).toContain(`h.title IN [${HEAD_TITLES.map((t) => `'${t}'`).join(', ')}]`);
  });
});
