import type { Driver } from 'neo4j-driver';

/**
 * The operators of a statement's plan (EXPLAIN, nothing runs), each with its details, so a
 * test can assert that an index answers a query rather than a scan.
 */
export async function planOperators(driver: Driver, database: string, statement: string, params: Record<string, unknown>): Promise<string[]> {
  const session = driver.session({ defaultAccessMode: 'READ', database });
  try {
    const { summary } = await session.run(`EXPLAIN ${statement}`, params);
    if (!summary.plan) throw new Error('EXPLAIN returned no plan');
    const operators: string[] = [];
    const walk = (plan: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }): void => {
      operators.push(`${plan.operatorType.replace(/@.*$/, '')} ${String(plan.arguments.Details ?? '')}`);
      for (const child of plan.children) walk(child as typeof plan);
    };
    walk(summary.plan);
    return operators;
  } finally {
    await session.close();
  }
}
