import neo4j from 'neo4j-driver';
import { dataOf, useTestApi } from '../helpers/api';
import { realSources } from '../helpers/sources';
import { profiledOperators, totalDbHits } from '../helpers/plan';

const api = useTestApi();

const ARTICLE = 'bantenheadline-2017-03-mou-serang-banyuwangi';

interface Fact {
  type: string;
  fromKey: string;
  toKey: string;
}

describe('lists that grow with the curated graph are capped', () => {
  it('cooperationNetwork: at most `limit` edges, with how many there are and whether the cap cut', async () => {
    const query = `query ($limit: Int) { cooperationNetwork(limit: $limit) { edgeCount truncated edges { id } nodes { ref } } }`;
    type Answer = { cooperationNetwork: { edgeCount: number; truncated: boolean; edges: unknown[]; nodes: unknown[] } };
    // One edge per agreement and pair of its parties, as the source files state them.
    const parties = realSources().facts.filter((f) => f.type === 'PARTY_TO');
    const edgeCount = [...new Set(parties.map((f) => f.to))]
      .map((agreement) => parties.filter((f) => f.to === agreement).length)
      .reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
    const whole = dataOf(await api.query<Answer>(query, {}));
    expect(whole.cooperationNetwork).toMatchObject({ edgeCount, truncated: false });
    expect(whole.cooperationNetwork.edges).toHaveLength(edgeCount);
    const one = dataOf(await api.query<Answer>(query, { limit: 1 }));
    expect(one.cooperationNetwork).toMatchObject({ edgeCount, truncated: edgeCount > 1 });
    expect(one.cooperationNetwork.edges).toEqual(whole.cooperationNetwork.edges.slice(0, 1));
    for (const limit of [0, 1001]) {
      const refused = await api.query(query, { limit });
      expect(refused.errors?.[0]?.message).toBe(`"limit" must be from 1 to 1000, but it is ${limit}.`);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'limit' });
    }
  });

  it('Source.facts: the first `first` facts, in the same order, and factCount counts them all', async () => {
    const query = `query ($id: ID!, $first: Int) { source(id: $id) { factCount facts(first: $first) { type fromKey toKey } } }`;
    type Answer = { source: { factCount: number; facts: Fact[] } };
    const all = dataOf(await api.query<Answer>(query, { id: ARTICLE }));
    const five = dataOf(await api.query<Answer>(query, { id: ARTICLE, first: 5 }));
    expect(all.source.facts).toHaveLength(all.source.factCount);
    expect(all.source.factCount).toBeGreaterThan(5);
    expect(five.source.facts).toEqual(all.source.facts.slice(0, 5));
    expect(five.source.factCount).toBe(all.source.factCount);
    const refused = await api.query(query, { id: ARTICLE, first: 101 });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('Source.facts walks from the source to its statements, scanning nothing', async () => {
    const text = api.database.catalog.get('source/facts');
    const operators = await profiledOperators(api.database.driver, api.config.neo4j.database, text, { keys: [ARTICLE], limit: neo4j.int(100) });
    expect(operators.some((o) => /AllRelationshipsScan|AllNodesScan/.test(o.operator))).toBe(false);
    // About 1,200 on the seeded graph; every relationship of the graph would be over 200,000.
    expect(totalDbHits(operators)).toBeLessThan(2000);
  });

  it('Sector.agreements: at most `first`, and agreementCount counts them all', async () => {
    const query = `query ($first: Int) { sector(id: "tourism") { agreementCount agreements(first: $first) { key } } }`;
    type Answer = { sector: { agreementCount: number; agreements: Array<{ key: string }> } };
    const agreementCount = realSources().facts.filter((f) => f.type === 'COVERS' && f.to === 'Sector:tourism').length;
    const all = dataOf(await api.query<Answer>(query, {})).sector;
    expect(all.agreementCount).toBe(agreementCount);
    expect(all.agreements.map((a) => a.key)).toContain('mou-serang-banyuwangi-2017');
    expect(dataOf(await api.query<Answer>(query, { first: 0 })).sector).toEqual({ agreementCount, agreements: [] });
  });
});
