/**
 * Why the project's own Neo4j could not be fetched, started or stopped. Callers (the API's
 * start-up, the CLI, the jest global setup) switch on `reason`; the message is a full
 * sentence meant for the person at the terminal.
 */
export type LocalNeo4jFailure =
  /** Java 17+ or Maven is missing, so the server cannot be fetched or run here. */
  | 'prerequisites'
  /** Maven ran but did not leave a complete set of jars. */
  | 'fetch-failed'
  /** Another program holds the Bolt or HTTP port. */
  | 'port-in-use'
  /** A server for this home already runs, but not with the configured ports. */
  | 'config-mismatch'
  /** The server refused the configured user name or password. */
  | 'auth-failed'
  /** The JVM exited, or did not answer in time. */
  | 'start-failed'
  /** The JVM did not exit after SIGTERM and SIGKILL. */
  | 'stop-failed';

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';

  constructor(
    readonly reason: LocalNeo4jFailure,
    message: string,
  ) {
    super(message);
  }
}

/** How to get a Neo4j without this module; ends every prerequisites message. */
export const ALTERNATIVES = 'use `docker compose up`, or set NEO4J_URI to a Neo4j 5.26 server';
