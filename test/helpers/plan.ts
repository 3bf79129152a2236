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
    const operators: ProfiledOperator[] = [];
    const walk = (plan: { operatorType: string; arguments: Record<string, unknown>; rows: number; dbHits: number; children: unknown[] }): void => {
      operators.push({ operator: plan.operatorType.replace(/@.*$/, ''), details: String(plan.arguments.Details ?? ''), rows: plan.rows, dbHits: plan.dbHits });
      for (const child of plan.children) walk(child as typeof plan);
    };
    walk(summary.profile);
    return operators;
  } finally {
    await session.close();
  }
}

/** The database hits of a whole profiled plan. */
export const totalDbHits = (operators: readonly ProfiledOperator[]): number => operators.reduce((sum, o) => sum + o.dbHits, 0);
