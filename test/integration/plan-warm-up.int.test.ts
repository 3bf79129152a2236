import { queryNames } from '../../src/db/queries';
import { PAGE_SLOTS } from '../../src/common/batch';
import type { WarmUpReport } from '../../src/db/warm-up';
import { dataOf, useTestApi } from '../helpers/api';

/**
 * The plan warm-up against the real Neo4j: at start-up every catalog query the API runs as
 * written (or with only the fixed page slot filled) is planned; after Neo4j comes back, the reads served so far, once per shape of
 * their parameters (src/db/warm-up.ts).
 */
const api = useTestApi();

describe('the plan warm-up', () => {
  it('plans every catalog query that needs no compiled slots but the page of a nested list, at start-up', async () => {
    const plain = queryNames().filter((name) => api.database.catalog.slotsOf(name).every((slot) => slot in PAGE_SLOTS));
    const report = await new Promise<WarmUpReport>((resolve) => api.database.executor.keepPlansWarm(queryNames(), 60_000, resolve, PAGE_SLOTS));
    expect(plain.length).toBeGreaterThan(40);
    expect(report).toEqual({ planned: plain.length, failed: 0, skipped: 0, ms: expect.any(Number) });
  });

  it('plans again the reads the API served, once per shape of their parameters', async () => {
    for (const code of ['36.04', '33.74']) dataOf(await api.query(`{ regency(code: "${code}") { name agencies { nodes { id } } } }`));
    // The regency and a page of its agencies compiled into one query (src/compile/): one text with one
    // shape of parameters. A page of districts is another text (asked twice: the selections differ only in fields the row carries
    // anyway), and from a cursor its parameters take another shape: $c0 null or text.
    dataOf(await api.query('{ regency(code: "36.04") { districts(first: 2) { edges { node { code } } } } }'));
    const first = dataOf(await api.query<{ regency: { districts: { pageInfo: { endCursor: string } } } }>('{ regency(code: "36.04") { districts(first: 2) { pageInfo { endCursor } } } }'));
    dataOf(await api.query(`{ regency(code: "36.04") { districts(first: 2, after: "${first.regency.districts.pageInfo.endCursor}") { edges { node { code } } } } }`));
    const report = await api.database.executor.warmPlans([], 60_000);
    expect(report).toMatchObject({ planned: 3, failed: 0, skipped: 0 });
  });
});
