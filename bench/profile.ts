import neo4j from 'neo4j-driver';
import type { ProfiledPlan, Session } from 'neo4j-driver';

/**
 * What the PROFILE scripts share (bench/profile-list.ts, bench/profile-graph.ts, the cost
 * curve): the database hits of a plan, a read session on a Bolt URI, and a script's exit.
 */

/** The database hits of a profiled plan, every operator summed. */
export function dbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + dbHits(child), 0);
}

/** Runs `work` in a read session of the Neo4j at `uri` (password from NEO4J_PASSWORD, else the project's own). */
export async function withReadSession<T>(uri: string, work: (session: Session) => Promise<T>): Promise<T> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD ?? 'daerah-graph-local'));
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    return await work(session);
  } finally {
    await session.close();
    await driver.close();
  }
}

/** Runs a script's main, printing a failure as one line and exiting with 1. */
export function runScript(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
