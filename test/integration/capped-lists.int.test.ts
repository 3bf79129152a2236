import neo4j from 'neo4j-driver';
import { dataOf, useTestApi } from '../helpers/api';
import { realSources } from '../helpers/sources';
import { profiledOperators, totalDbHits } from '../helpers/plan';
import { PAGE_SLOTS } from '../../src/common/batch';

const api = useTestApi();

const ARTICLE = 'bantenheadline-2017-03-mou-serang-banyuwangi';

interface Fact {
  type: string;
  fromKey: string;
  toKey: string;
}

describe('lists that grow with the curated graph are capped or paged', () => {
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

  it('Source.facts: a connection whose totalCount counts every fact (the deprecated factCount too), the first `first` in the same order', async () => {
    const query = `query ($id: ID!, $first: Int) { source(id: $id) { factCount facts(first: $first) { totalCount nodes { type fromKey toKey } } } }`;
    type Answer = { source: { factCount: number; facts: { totalCount: number; nodes: Fact[] } } };
    const all = dataOf(await api.query<Answer>(query, { id: ARTICLE, first: 100 }));
    const five = dataOf(await api.query<Answer>(query, { id: ARTICLE, first: 5 }));
    expect(all.source.facts.nodes).toHaveLength(all.source.facts.totalCount);
    expect(all.source.factCount).toBe(all.source.facts.totalCount);
    expect(all.source.facts.totalCount).toBeGreaterThan(5);
    expect(five.source.facts.nodes).toEqual(all.source.facts.nodes.slice(0, 5));
    expect(five.source.facts.totalCount).toBe(all.source.facts.totalCount);
    const refused = await api.query(query, { id: ARTICLE, first: 101 });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('Source.facts walks from the source to its statements, scanning nothing', async () => {
    const text = api.database.catalog.renderFixed('source/facts', PAGE_SLOTS);
    const params = { keys: [ARTICLE], after: null, before: null, backward: false, limit: neo4j.int(101), withTotal: true };
    const operators = await profiledOperators(api.database.driver, api.config.neo4j.database, text, params);
    expect(operators.some((o) => /AllRelationshipsScan|AllNodesScan/.test(o.operator))).toBe(false);
    // About 2,400 on the seeded graph (each of the source's statements, its node properties' among
    // them, walked to its ends, for the page and for totalCount); every relationship of the graph would be over 200,000.
    expect(totalDbHits(operators)).toBeLessThan(5000);
  });

  it('Sector.agreements: a connection whose totalCount counts every agreement (the deprecated agreementCount too)', async () => {
    const query = `query ($first: Int) { sector(id: "tourism") { agreementCount agreements(first: $first) { totalCount nodes { key } } } }`;
    type Answer = { sector: { agreementCount: number; agreements: { totalCount: number; nodes: Array<{ key: string }> } } };
    const agreementCount = realSources().facts.filter((f) => f.type === 'COVERS' && f.to === 'Sector:tourism').length;
    const all = dataOf(await api.query<Answer>(query, { first: 100 })).sector;
    expect(all.agreementCount).toBe(agreementCount);
    expect(all.agreements.totalCount).toBe(agreementCount);
    expect(all.agreements.nodes.map((a) => a.key)).toContain('mou-serang-banyuwangi-2017');
    expect(dataOf(await api.query<Answer>(query, { first: 0 })).sector).toEqual({ agreementCount, agreements: { totalCount: agreementCount, nodes: [] } });
  });
});
