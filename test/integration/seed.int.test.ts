import 'reflect-metadata';
import { countGraph, seedAll, isSeeded, readBackbone, silentSeedLog } from '../../src/seed';
import { expectedBackboneGraph } from '../../src/seed/backbone';
import { listDataOf, useTestApi } from '../helpers/api';

const api = useTestApi();

describe('the seed', () => {
  it('is idempotent: a second run changes no node or relationship count', async () => {
    const { executor, catalog } = api.database;
    const before = await countGraph(executor);
    const report = await seedAll(executor, catalog, silentSeedLog);
    const after = await countGraph(executor);
    expect(after).toEqual(before);
    expect(report.nodes).toEqual(before.nodes);
    expect(before).toMatchObject(expectedBackboneGraph(readBackbone()));
    expect(await isSeeded(executor)).toBe(true);
  });

  it('leaves the API answering the same after a re-seed', async () => {
    const data = listDataOf<{ official: { accompaniedBy: unknown[] } }>(
      await api.query('{ official(id: "ratu-tatu-chasanah") { accompaniedBy { nodes { date } } } }'),
    );
    expect(data.official.accompaniedBy).toHaveLength(6);
  });

  it('has every curated relationship sourced: a statement of its value, citing a source, with a quote', async () => {
    const rows = await api.database.executor.runText(
      'READ',
      `MATCH (a)-[r]->(b)
       WHERE NOT type(r) IN ['IN_PROVINCE', 'IN_REGENCY', 'IN_DISTRICT', 'SOURCED_FROM', 'CITES', 'SUBJECT', 'OBJECT']
       RETURN count(r) AS curated,
              count(CASE WHEN NOT EXISTS {
                MATCH (st:Statement {fact: r.fact, valueKey: r.valueKey})-[:CITES]->(:Source) WHERE st.quote IS NOT NULL
              } THEN 1 END) AS unsourced`,
    );
    expect(rows[0].curated).toBeGreaterThan(40);
    expect(rows[0].unsourced).toBe(0);
  });
});
