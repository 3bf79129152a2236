import { Neo4jError } from 'neo4j-driver';
import { ConstraintViolationError, QueryTimeoutError, ServiceUnavailableError } from '../errors';

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
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new ServiceUnavailableError('The API cannot log in to the graph database (Neo4j refused its credentials).');
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConstraintViolationError(error.message);
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new QueryTimeoutError();
  }
  return error;
}
