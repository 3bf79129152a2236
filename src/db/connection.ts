import type { Config } from '../config';
import { startLocalNeo4j } from '../local-neo4j';
import type { LocalNeo4jHandle, StartLocalNeo4jOptions } from '../local-neo4j';
import type { DriverSettings } from './driver';

export interface Neo4jTarget {
  readonly settings: DriverSettings;
  /** The project's own server, when NEO4J_URI is unset; undefined for an external one. */
  readonly local: LocalNeo4jHandle | undefined;
}

/**
 * The Neo4j to talk to: the one NEO4J_URI names, or else the project's own Neo4j Community
 * server, fetched from Maven Central and started (or found already running) on first use.
 */
export async function resolveNeo4j(config: Config, options: StartLocalNeo4jOptions = {}): Promise<Neo4jTarget> {
  const { username, password } = config.neo4j;
  if (config.neo4j.uri) return { settings: { uri: config.neo4j.uri, username, password }, local: undefined };
  const local = await startLocalNeo4j(config.local, { username, password }, options);
  return { settings: { uri: local.uri, username, password }, local };
}
