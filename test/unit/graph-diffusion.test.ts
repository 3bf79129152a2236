import { arrangeDiffusion, generations } from '../../src/graph/diffusion';
import type { AdoptionRow, OriginRow, RunRow } from '../../src/graph/diffusion';
import type { AdoptionStatus } from '../../src/model/enums';
import type { Regency } from '../../src/regency/regency.type';

const regency = (code: string): Regency => ({ code, name: `Regency ${code}`, kind: 'REGENCY', provinceCode: code.slice(0, 2) });
const source = { references: [{ sourceId: 'a-source', quote: 'a quote', inferred: false, note: null }] };
const origin = (code: string): OriginRow => ({ government: regency(code), ...source });
const run = (code: string, since: number | null = null): RunRow => ({ government: regency(code), since, ...source });
const adoption = (code: string, from: string | null, status: AdoptionStatus = 'DONE', date: string | null = null): AdoptionRow => ({
  government: regency(code),
  from: from === null ? null : regency(from),
  status,
  date,
  ...source,
});

describe('generations of a diffusion', () => {
  it('count adoption steps from the origin', () => {
    const from = new Map<string, string | null>([
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
    ]);
    expect(Object.fromEntries(generations(['a'], from))).toEqual({ a: 0, b: 1, c: 2, d: 3 });
  });

  it('leave out chains that never reach an origin, loops included', () => {
    const from = new Map<string, string | null>([
      ['b', 'a'],
      ['x', null],
      ['y', 'z'],
      ['p', 'q'],
      ['q', 'p'],
    ]);
    expect(Object.fromEntries(generations(['a'], from))).toEqual({ a: 0, b: 1 });
  });
});

describe('arrangeDiffusion', () => {
  it('makes a flat tree (id, parentId) of every government involved, and keeps the timeline order', () => {
    const result = arrangeDiffusion(
      [origin('35.10')],
      [run('35.10', 2012), run('33.01')],
      [
        adoption('36.04', '35.10', 'PLANNED', '2017-03-22'),
        adoption('32.01', '36.04', 'IN_PROGRESS', '2018-01-01'),
        adoption('11.01', null),
      ],
    );
    expect(result.origin?.government.code).toBe('35.10');
    expect(result.origin?.provenance).toEqual([{ sourceId: 'a-source', quote: 'a quote', inferred: false, note: null }]);
    expect(result.runners.map((r) => [r.government.code, r.since])).toEqual([
      ['35.10', 2012],
      ['33.01', null],
    ]);
    expect(result.adoptions.map((a) => [a.government.code, a.from?.code ?? null, a.generation])).toEqual([
      ['36.04', '35.10', 1],
      ['32.01', '36.04', 2],
      ['11.01', null, null],
    ]);
    expect(result.tree.map((n) => [n.ref, n.parentRef, n.generation, n.isOrigin, n.runs, n.adoptionStatus])).toEqual([
      ['Regency:35.10', null, 0, true, true, null],
      ['Regency:36.04', 'Regency:35.10', 1, false, false, 'PLANNED'],
      ['Regency:32.01', 'Regency:36.04', 2, false, false, 'IN_PROGRESS'],
      ['Regency:11.01', null, null, false, false, 'DONE'],
      ['Regency:33.01', null, null, false, true, null],
    ]);
    expect(result.tree[0]?.runningSince).toBe(2012);
    expect(result.tree[1]?.adoptionDate).toBe('2017-03-22');
  });

  it('adds the government adopted from even when it neither runs nor began the program', () => {
    const result = arrangeDiffusion([], [], [adoption('36.04', '35.10')]);
    expect(result.origin).toBeNull();
    expect(result.tree.map((n) => [n.ref, n.parentRef, n.generation])).toEqual([
      ['Regency:35.10', null, null],
      ['Regency:36.04', 'Regency:35.10', null],
    ]);
  });

  it('keeps an origin a root even if a source has it adopting the program', () => {
    const result = arrangeDiffusion([origin('35.10')], [], [adoption('35.10', '36.04'), adoption('36.04', '35.10')]);
    expect(result.tree.map((n) => [n.ref, n.parentRef, n.generation])).toEqual([
      ['Regency:35.10', null, 0],
      ['Regency:36.04', 'Regency:35.10', 1],
    ]);
  });
});
