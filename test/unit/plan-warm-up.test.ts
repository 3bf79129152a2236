import { PlanWarmer, shapeOf, warmUp } from '../../src/db/warm-up';
import type { PlanRequest } from '../../src/db/warm-up';

describe('the plan warm-up', () => {
  it('keeps a served query once per shape of its parameters, as Neo4j caches its plans', () => {
    const warmer = new PlanWarmer();
    warmer.record('A', { keys: ['36.04'] });
    warmer.record('A', { keys: ['33.74'] });
    warmer.record('A', { keys: ['36.04', '36.01', '36.02'] });
    warmer.record('A', { keys: ['11.01', '11.02'] });
    warmer.record('B', { keys: ['36.04'] });
    expect(warmer.plans([]).map((request) => request.text)).toEqual(['B', 'A', 'A']);
  });

  it('plans the served queries latest first, then the statements not already among them', () => {
    const warmer = new PlanWarmer();
    warmer.record('A', { code: 'x' });
    warmer.record('B', { code: 'y' });
    warmer.record('A', { code: 'z' });
    expect(warmer.plans(['B', 'C'])).toEqual([
      { text: 'A', params: { code: 'z' } },
      { text: 'B', params: { code: 'y' } },
      { text: 'C', params: {} },
    ]);
  });

  it('forgets the oldest shapes beyond its limit', () => {
    const warmer = new PlanWarmer(2);
    for (const text of ['A', 'B', 'C']) warmer.record(text, {});
    expect(warmer.plans([]).map((request) => request.text)).toEqual(['C', 'B']);
  });

  it('describes parameters by type and size rounded up to a power of ten', () => {
    expect(shapeOf({ limit: 21, keys: ['a', 'b'], on: true, at: 1.5, none: null })).toBe('{at:float,keys:list10<string1>,limit:integer,none:null,on:boolean}');
    expect(shapeOf(Array.from({ length: 11 }, () => 'abcd'))).toBe('list100<string10>');
    expect(shapeOf(['x'])).not.toBe(shapeOf(['x', 'y']));
  });

  it('counts what was planned and refused, and stops when Neo4j goes away', async () => {
    const requests: PlanRequest[] = ['A', 'B', 'C', 'D'].map((text) => ({ text, params: {} }));
    const asked: string[] = [];
    const plan = async (request: PlanRequest): Promise<void> => {
      asked.push(request.text);
      if (request.text === 'B') throw new Error('refused');
    };
    const report = await warmUp(requests, plan, () => asked.length < 3);
    expect(asked).toEqual(['A', 'B', 'C']);
    expect(report).toMatchObject({ planned: 2, failed: 1, skipped: 1 });
  });
});
