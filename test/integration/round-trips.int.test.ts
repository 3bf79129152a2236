import fs from 'node:fs';
import path from 'node:path';
import { dataOf, useTestApi } from '../helpers/api';

const QUESTIONS = path.join(__dirname, '..', '..', 'bench', 'questions');

// The deep query below nests 8 levels, beyond the default depth limit (6): this test is about batching.
const api = useTestApi({ MAX_QUERY_DEPTH: '8' });

/**
 * Batching by design: every relationship field goes through a per-request DataLoader, so a
 * request makes one Cypher round trip per field level, never one per parent.
 */
describe('Cypher round trips', () => {
  it('a deep query over all 514 regencies makes one round trip per loader level', async () => {
    const response = await api.query<{ provinces: { edges: Array<{ node: { regencies: Array<{ code: string; districts: { edges: unknown[] } }> } }> } }>(`{
      provinces(first: 38) {                      # 1: province/list
        edges { node {
          regencies {                             # 2: province/regencies
            code
            province { name }                     #    (brought along by province/regencies)
            head {                                # 3: regency/head
              name
              positions(first: 3) { nodes { title } } # 4: official/positions
            }
            agencies(first: 10) { nodes { name } } # 5: regency/agencies
            districts(first: 5) {                 # 6: regency/districts
              totalCount
              edges { node { code villageCount } } #   (village counts brought along)
            }
            agreements(first: 5) {                # 7: regency/agreements
              totalCount
              nodes {
                parties(first: 5) { nodes {       # 8: agreement/parties
                  government { name }             #    (brought along by agreement/parties)
                } }
              }
            }
          }
        } }
      }
    }`);
    const data = dataOf(response);
    const regencies = data.provinces.edges.flatMap((e) => e.node.regencies);
    expect(regencies).toHaveLength(514);
    expect(regencies.every((r) => r.districts.edges.length > 0)).toBe(true);
    expect(response.extensions?.cypherRoundTrips).toBe(8);
    // one read transaction per level: provinces; their regencies; the regencies' head, agencies,
    // districts and agreements; then positions and parties together
    expect(response.extensions?.cypherTransactions).toBe(4);
  });

  it('the same later page of a nested connection for every parent is one round trip, whichever way it is read', async () => {
    const query = `query ($after: String, $before: String, $first: Int, $last: Int) {
      regencies(first: 100) { edges { node {              # 1: regency/list
        agencies(first: $first, after: $after, last: $last, before: $before) { totalCount nodes { key } }  # 2: regency/agencies
      } } }
    }`;
    type Answer = { regencies: { edges: Array<{ node: { agencies: { totalCount: number; nodes: Array<{ key: string }> } } }> } };
    // A cursor of Kabupaten Serang's agencies (the article's six), used for every regency's page.
    const serang = dataOf(await api.query<{ regency: { agencies: { edges: Array<{ cursor: string }> } } }>('{ regency(code: "36.04") { agencies(first: 2) { edges { cursor } } } }'));
    const cursor = serang.regency.agencies.edges[1].cursor;
    const forwards = await api.query<Answer>(query, { first: 2, after: cursor });
    expect(dataOf(forwards).regencies.edges).toHaveLength(100);
    expect(forwards.extensions?.cypherRoundTrips).toBe(2);
    const backwards = await api.query<Answer>(query, { last: 2, before: cursor });
    expect(dataOf(backwards).regencies.edges).toHaveLength(100);
    expect(backwards.extensions?.cypherRoundTrips).toBe(2);
  });

  it('a page of 100 regencies with province, head and agency list makes 3 round trips: one compiled query, head(asOf:) and the agencies\' loader', async () => {
    const response = await api.query('{ regencies(first: 100) { edges { node { name province { name } head { name } agencies { nodes { id } } } } } }');
    dataOf(response);
    // regencies with their province compiled into one query (src/compile/); head has logic of its own;
    // agencies page by a sort key with list cursors, which the compiler does not write yet (src/compile/plan.ts KEY_PAGED)
    expect(response.extensions?.cypherRoundTrips).toBe(3);
  });

  it('the bench\'s regency page (Q1) makes 6 round trips: one compiled query, head(asOf:), and the loaders of agencies, programs, agreements and their parties', async () => {
    const response = await api.query(fs.readFileSync(path.join(QUESTIONS, 'q1-regency-page.ours.graphql'), 'utf8'), { code: '36.04' });
    dataOf(response);
    // regency and province compiled; head has logic of its own; agencies, programs, agreements and
    // their parties are connections paged by sort keys, which the compiler does not write yet
    expect(response.extensions?.cypherRoundTrips).toBe(6);
  });

  it.each([
    ['q3-province-districts', { code: '35' }],
    ['q4-all-districts', { first: 100 }],
  ])('the bench\'s %s is one compiled query', async (slug, variables) => {
    const response = await api.query(fs.readFileSync(path.join(QUESTIONS, `${slug}.ours.graphql`), 'utf8'), variables);
    dataOf(response);
    expect(response.extensions?.cypherRoundTrips).toBe(1);
  });

  it('the same object asked twice in one request is loaded once', async () => {
    const response = await api.query('{ a: regency(code: "36.04") { name } b: regency(code: "36.04") { code } c: regency(code: "35.10") { name } }');
    dataOf(response);
    expect(response.extensions?.cypherRoundTrips).toBe(1);
  });
});
