/**
 * Asking a server over Bolt whether it is up. Each probe opens its own short-lived driver:
 * the probes are rare, and a fresh driver carries no state from a failed attempt.
 */
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';

export interface LocalNeo4jAuth {
  readonly username: string;
  readonly password: string;
}

export type BoltProbe =
  | { readonly state: 'ready' }
  /** Nothing answers yet, or the database is still starting. */
  | { readonly state: 'unavailable'; readonly detail: string }
  /** It answers but refuses these credentials: waiting will not help. */
  | { readonly state: 'refused'; readonly detail: string };

function probeDriver(uri: string, auth: LocalNeo4jAuth): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(auth.username, auth.password), {
    maxConnectionPoolSize: 1,
    connectionTimeout: 2_000,
    connectionAcquisitionTimeout: 3_000,
  });
}

function describe(error: unknown): { code: string; message: string } {
  const code = (error as { code?: unknown }).code;
  return {
    code: typeof code === 'string' ? code : '',
    message: error instanceof Error ? error.message : String(error),
  };
}

/**
 * Ready means Bolt accepts the credentials and the default database answers a query; the
 * Bolt port opens a little before the default database has finished starting.
 */
export async function probeBolt(uri: string, auth: LocalNeo4jAuth): Promise<BoltProbe> {
  const driver = probeDriver(uri, auth);
  try {
    await driver.verifyConnectivity();
    await driver.executeQuery('RETURN 1');
    return { state: 'ready' };
  } catch (error) {
    const { code, message } = describe(error);
    return code.startsWith('Neo.ClientError.Security.')
      ? { state: 'refused', detail: message }
      : { state: 'unavailable', detail: message };
  } finally {
    await driver.close();
  }
}

export interface ServerComponent {
  readonly version: string;
  readonly edition: string;
}

/** The Neo4j kernel's version and edition as the server reports them, if it answers. */
export async function serverComponent(uri: string, auth: LocalNeo4jAuth): Promise<ServerComponent | undefined> {
  const driver = probeDriver(uri, auth);
  try {
    const { records } = await driver.executeQuery(
      "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition",
    );
    const record = records[0];
    return record ? { version: String(record.get('version')), edition: String(record.get('edition')) } : undefined;
  } catch {
    return undefined;
  } finally {
    await driver.close();
  }
}
