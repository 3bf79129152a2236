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
    return flatten(summary.plan).map((o) => `${o.operator} ${o.details}`);
  } finally {
    await session.close();
  }
}

/** One operator of a profiled plan: what it is, its details, the rows it produced and its database hits. */
export interface ProfiledOperator {
  readonly operator: string;
  readonly details: string;
  readonly rows: number;
  readonly dbHits: number;
}

/** Runs a statement under PROFILE and returns its operators, depth first, each followed by its children. */
export async function profiledOperators(driver: Driver, database: string, statement: string, params: Record<string, unknown>): Promise<ProfiledOperator[]> {
  const session = driver.session({ defaultAccessMode: 'READ', database });
  try {
    const { summary } = await session.run(`PROFILE ${statement}`, params);
    if (!summary.profile) throw new Error('PROFILE returned no profile');
    return flatten(summary.profile);
  } finally {
    await session.close();
  }
}

/** The database hits of a whole profiled plan. */
export const totalDbHits = (operators: readonly ProfiledOperator[]): number => operators.reduce((sum, o) => sum + o.dbHits, 0);

interface PlanNode {
  readonly operatorType: string;
  readonly arguments: Record<string, unknown>;
  readonly rows?: number;
  readonly dbHits?: number;
  readonly children: readonly unknown[];
}

/** A plan's operators depth first, each followed by its children (rows and hits 0 in a plan that did not run). */
function flatten(plan: PlanNode): ProfiledOperator[] {
  const here = { operator: plan.operatorType.replace(/@.*$/, ''), details: String(plan.arguments.Details ?? ''), rows: plan.rows ?? 0, dbHits: plan.dbHits ?? 0 };
  return [here, ...plan.children.flatMap((child) => flatten(child as PlanNode))];
}
