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
    // regency/by-codes and regency/agencies, each with a list of one code.
    const report = await api.database.executor.warmPlans([], 60_000);
    expect(report).toMatchObject({ planned: 2, failed: 0, skipped: 0 });
  });
});
