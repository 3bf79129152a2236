import { compileSort, compileWhere, ParamBag } from '../../src/filter/compile';
import { sortSpec, whereSpec } from '../../src/filter/spec';
import { useTestApi } from '../helpers/api';
import { planOperators } from '../helpers/plan';

const api = useTestApi();

/** The plan of a root list's first page, as the API compiles it. */
async function listPlan(entity: string, where: Record<string, unknown> | null): Promise<string[]> {
  const bag = new ParamBag();
  const compiledWhere = compileWhere(whereSpec(entity), where, 'n', bag);
  const sorted = compileSort(sortSpec(entity), null, null, 'n', bag);
  const text = api.database.catalog.render(`${entity.toLowerCase()}/list`, {
    where: compiledWhere,
    after: sorted.after,
    orderBy: sorted.orderBy,
    sortKey: sorted.sortKey,
  });
  return planOperators(api.database.driver, api.config.neo4j.database, text, { ...bag.values, limit: 21, withProvince: false });
}

describe('root lists read their default order from the key index', () => {
  it.each(['Village', 'District', 'Island', 'Regency'])('%s: a page in code order is a limited index scan, not a sort of every node', async (entity) => {
    const operators = await listPlan(entity, null);
    expect(operators.some((o) => /^(NodeByLabelScan|AllNodesScan|Top|Sort) /.test(o))).toBe(false);
    expect(operators).toContainEqual(expect.stringMatching(/^Node(Unique)?Index(Scan|SeekByRange) /));
  });
});
