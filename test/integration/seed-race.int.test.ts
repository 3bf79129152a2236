import { countGraph, seedSources } from '../../src/seed';
import { useTestApi } from '../helpers/api';

/**
 * Seeding while serving, and two seeds at once: every batch is one transaction of MERGEs on
 * keys, so the curated sources written three times over, twice concurrently, leave the counts
 * of one seed. (`npm run reliability` races two whole seeds, backbone included, on an emptied graph.)
 */
const api = useTestApi();

describe('seeds at once', () => {
  it('leave exactly the counts of one seed, while the API keeps answering', async () => {
    const { executor, catalog } = api.database;
    const before = await countGraph(executor);
    const [answer] = await Promise.all([
      api.query('{ regency(code: "36.04") { name agreements { nodes { title } } } }'),
      seedSources(executor, catalog),
      seedSources(executor, catalog),
    ]);
    await seedSources(executor, catalog);
    expect(await countGraph(executor)).toEqual(before);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toMatchObject({ regency: { name: 'Kabupaten Serang' } });
  });
});
