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
              positions { title }                 # 4: official/positions
            }
            agencies { name }                     # 5: regency/agencies
            districts(first: 5) {                 # 6: regency/districts
              totalCount
              edges { node { code villageCount } } #   (village counts brought along)
            }
            agreements {                          # 7: regency/agreements
              parties {                           # 8: agreement/parties
                government { name }               #    (brought along by agreement/parties)
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

  it('a page of 100 regencies with province, head and agency list makes 2 round trips: one compiled query and head(asOf:)', async () => {
    const response = await api.query('{ regencies(first: 100) { edges { node { name province { name } head { name } agencies { id } } } } }');
    dataOf(response);
    // regencies with province and agencies compiled into one query (src/compile/); head has logic of its own
    expect(response.extensions?.cypherRoundTrips).toBe(2);
  });

  it('the bench\'s regency page (Q1) makes 2 round trips: one compiled query and head(asOf:)', async () => {
    const response = await api.query(fs.readFileSync(path.join(QUESTIONS, 'q1-regency-page.ours.graphql'), 'utf8'), { code: '36.04' });
    dataOf(response);
    // regency, province, agencies, programs and agreements with their parties compiled; head has logic of its own
    expect(response.extensions?.cypherRoundTrips).toBe(2);
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
