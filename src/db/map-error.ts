import { Neo4jError } from 'neo4j-driver';
import { ConstraintViolationError, QueryTimeoutError, ServiceUnavailableError } from '../errors';

/**
 * A query tried to write in a session opened for reading (READ access mode), and Neo4j
 * refused it before changing anything. Not an AppError: in the API it can only mean a
 * catalog query that writes, a fault to mask and log; the researchers' command turns it
 * into advice to add `--write`.
 */
export class WriteInReadModeError extends Error {
  override name = 'WriteInReadModeError';
  constructor(readonly neo4jMessage: string) {
    super(`The query writes to the graph, but it ran in a read-only session, so Neo4j refused it (${neo4jMessage}).`);
  }
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/**
 * Translates a driver error into the project's typed errors. The only place Neo4j error
 * codes are read; anything unrecognised passes through and is masked by formatError.
 */
export function mapNeo4jError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const code = error.code;
  if (UNAVAILABLE.has(code) || code.startsWith('Neo.ClientError.Database.DatabaseNotFound')) {
    return new ServiceUnavailableError();
  }
  if (error.message.startsWith('Connection acquisition timed out')) {
    // Every pooled connection is busy or hanging (a paused Neo4j holds them all).
    return new ServiceUnavailableError('The graph database (Neo4j) has no free connection for the API; try again shortly.');
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new ServiceUnavailableError('The API cannot log in to the graph database (Neo4j refused its credentials).');
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConstraintViolationError(error.message);
  }
  if (code === 'Neo.ClientError.Statement.AccessMode') {
    return new WriteInReadModeError(error.message.split('\n')[0] ?? error.message);
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new QueryTimeoutError();
  }
  return error;
}
