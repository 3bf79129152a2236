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

  it('the same later page of a nested connection for every parent is one round trip, whichever way it is read, and a compiled page reads the same', async () => {
    const page = 'agencies(first: $first, after: $after, last: $last, before: $before) { totalCount edges { cursor node { key } } }';
    const head = 'query ($after: String, $before: String, $first: Int, $last: Int)';
    const loaded = `${head} {
      provinces(first: 38) { edges { node {  # 1: province/list
        regencies {                          # 2: province/regencies
          ${page}                            # 3: regency/agencies
        }
      } } }
    }`;
    const compiled = `${head} { regencies(first: 100) { edges { node { ${page} } } } }`;
    type Agencies = { totalCount: number; edges: Array<{ cursor: string; node: { key: string } }> };
    type Loaded = { provinces: { edges: Array<{ node: { regencies: Array<{ agencies: Agencies }> } }> } };
    type Compiled = { regencies: { edges: Array<{ node: { agencies: Agencies } }> } };
    // A cursor of Kabupaten Serang's agencies (the article's six), from a compiled page, used for every regency's page.
    const serang = dataOf(await api.query<{ regency: { agencies: { edges: Array<{ cursor: string }> } } }>('{ regency(code: "36.04") { agencies(first: 2) { edges { cursor } } } }'));
    const cursor = serang.regency.agencies.edges[1].cursor;
    for (const variables of [{ first: 2, after: cursor }, { last: 2, before: cursor }]) {
      const byLoaders = await api.query<Loaded>(loaded, variables);
      const agencies = dataOf(byLoaders).provinces.edges.flatMap((e) => e.node.regencies.map((r) => r.agencies));
      expect(agencies).toHaveLength(514);
      expect(byLoaders.extensions?.cypherRoundTrips).toBe(3);
      const byCompiling = await api.query<Compiled>(compiled, variables);
      expect(byCompiling.extensions?.cypherRoundTrips).toBe(1);
      // the first 100 regencies in code order, as the provinces list them
      expect(dataOf(byCompiling).regencies.edges.map((e) => e.node.agencies)).toEqual(agencies.slice(0, 100));
    }
  });

  it('a page of 100 regencies with province, head and agency list is one compiled query', async () => {
    const response = await api.query('{ regencies(first: 100) { edges { node { name province { name } head { name } agencies { nodes { id } } } } } }');
    dataOf(response);
    // regencies with their province, head (no asOf) and agencies compiled into one query (src/compile/)
    expect(response.extensions?.cypherRoundTrips).toBe(1);
  });

  it.each([
    ['q1-regency-page', { code: '36.04' }],
    ['q2-regency-list', { first: 100 }],
    ['q3-province-districts', { code: '35' }],
    ['q4-all-districts', { first: 100 }],
    ['q8-deep-nesting', { code: '36', first: 5 }],
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
