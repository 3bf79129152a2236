import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';

export interface DriverSettings {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
}

/** Creates the process's single driver; the pool and timeouts are set for an API server. */
export function createDriver(settings: DriverSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    // Managed transactions retry transient failures; 30 s (the default) is too long for an
    // API caller to wait when Neo4j is down, so give up sooner with SERVICE_UNAVAILABLE.
    maxTransactionRetryTime: 3_000,
    // Counts, codes and years here are far below 2^53: plain numbers save converting every
    // Integer of every row (toPlain still handles an Integer, should one arrive).
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: (_level, message) => process.stderr.write(`[neo4j-driver] ${message}\n`) },
  });
}
