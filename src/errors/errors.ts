import { GraphQLError } from 'graphql';
import { ErrorCode } from './codes';

/** Base of the project's errors: a GraphQLError whose `extensions.code` is an ErrorCode. */
export class AppError extends GraphQLError {
  constructor(
    message: string,
    readonly code: ErrorCode,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...extensions, code } });
    this.name = new.target.name;
  }
}

/** The request is wrong (malformed code, out-of-range page size): the client can fix it. */
export class BadUserInputError extends AppError {
  constructor(message: string, argumentName?: string) {
    super(message, ErrorCode.BAD_USER_INPUT, argumentName ? { argumentName } : {});
  }
}

/** Neo4j cannot be reached or is not ready; retrying later may succeed. */
export class ServiceUnavailableError extends AppError {
  constructor(message = 'The graph database (Neo4j) is not answering; try again shortly.') {
    super(message, ErrorCode.SERVICE_UNAVAILABLE);
  }
}

/** A write broke a uniqueness or existence constraint of the graph. */
export class ConstraintViolationError extends AppError {
  constructor(message: string) {
    super(message, ErrorCode.CONSTRAINT_VIOLATION);
  }
}

/** Neo4j stopped the query because it ran longer than the transaction timeout. */
export class QueryTimeoutError extends AppError {
  constructor(message = 'The query took too long and was stopped by the database.') {
    super(message, ErrorCode.QUERY_TIMEOUT);
  }
}

/** The request exceeds a limit that protects the server (depth, complexity); refused before any Cypher runs. */
export class QueryLimitError extends AppError {
  constructor(message: string, code: ErrorCode.QUERY_TOO_DEEP | ErrorCode.QUERY_TOO_COMPLEX, limit: number, actual: number) {
    super(message, code, { limit, actual, http: { status: 400 } });
  }
}

/** A Cypher query named by the code is missing from cypher/: a packaging fault, caught at start-up. */
export class MissingCypherError extends Error {
  constructor(name: string, dir: string) {
    super(`The Cypher query "${name}" is missing: expected the file ${dir}/${name}.cypher.`);
    this.name = 'MissingCypherError';
  }
}
