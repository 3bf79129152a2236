import 'reflect-metadata';
import neo4j from 'neo4j-driver';
import type { ProfiledPlan } from 'neo4j-driver';
import { CypherCatalog } from '../src/db/cypher-catalog';
import { cypherDir } from '../src/app';
import { compileSort, ParamBag } from '../src/filter/compile';
import { SortDirection } from '../src/filter/inputs';
import { sortSpec } from '../src/filter/spec';

/**
 * Database hits and rows of a root list's Cypher, as the API compiles it now and as it did
 * with every sort key wrapped in coalesce and no predicate on it: `node dist/bench/profile-list.js bolt://localhost:7687`.
 * Prints one line per query; answers are compared so the two forms are known to agree.
 */
function hits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + hits(child), 0);
}

async function main(): Promise<void> {
  const uri = process.argv[2] ?? 'bolt://localhost:7687';
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD ?? 'daerah-graph-local'));
  const catalog = CypherCatalog.load(cypherDir());
  // As the API compiles the first page now, and as it did before (every key in coalesce, no predicate).
  const now = (field: string): { orderBy: string; sortKey: string; after: string } => {
    const sorted = compileSort(sortSpec('Village'), field === 'CODE' ? null : [{ field, direction: SortDirection.ASC }], null, 'n', new ParamBag());
    return { orderBy: sorted.orderBy, sortKey: sorted.sortKey, after: sorted.after };
  };
  const before = (property: string): { orderBy: string; sortKey: string; after: string } => {
    const columns = property === 'code' ? ["coalesce(n.code, '')", 'n.code'] : [`coalesce(n.${property}, '')`, 'n.code'];
    return { orderBy: columns.join(', '), sortKey: `[${columns.join(', ')}]`, after: 'true' };
  };
  const cases = [
    { name: 'villages, first page, code order', forms: [now('CODE'), before('code')] },
    { name: 'villages, first page, by name', forms: [now('NAME'), before('name')] },
  ];
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    for (const c of cases) {
      const answers: string[] = [];
      for (const [i, form] of c.forms.entries()) {
        const text = catalog.render('village/list', { where: 'true', ...form });
        const result = await session.run(`PROFILE ${text}`, { limit: neo4j.int(21) });
        const plan = result.summary.profile;
        if (!plan) throw new Error('no profile');
        answers.push(JSON.stringify(result.records[0]?.get('nodes').map((n: { code: string }) => n.code)));
        process.stdout.write(`${c.name} | ${i === 0 ? 'now' : 'before (coalesce)'} | ${hits(plan)} db hits\n`);
      }
      if (answers[0] !== answers[1]) throw new Error(`${c.name}: the two forms answer differently`);
    }
  } finally {
    await session.close();
    await driver.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
