import { GraphQLError } from 'graphql';
import { ErrorCode, httpStatusOf } from './codes';

/**
 * Base of the project's errors: a GraphQLError whose `extensions.code` is an ErrorCode. Its
 * HTTP status comes from the code's row in ERROR_CODES (Apollo reads `extensions.http` and
 * leaves it out of the response).
 */
export class AppError extends GraphQLError {
  constructor(
    message: string,
    readonly code: ErrorCode,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...extensions, code, http: { status: httpStatusOf(code) } } });
    this.name = new.target.name;
  }
}

/** The request is wrong (malformed code, out-of-range page size): the client can fix it. */
export class BadUserInputError extends AppError {
  constructor(message: string, argumentName?: string) {
    super(message, ErrorCode.BAD_USER_INPUT, argumentName ? { argumentName } : {});
  }
}

/** No bearer token, or one the server does not know: HTTP 401. */
export class UnauthenticatedError extends AppError {
  constructor(message: string) {
    super(message, ErrorCode.UNAUTHENTICATED);
  }
}

/** The token's role may not do this: HTTP 403. */
export class ForbiddenError extends AppError {
  constructor(message: string) {
    super(message, ErrorCode.FORBIDDEN);
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

/** The codes of the limits that protect the server (src/limits), each checked before any Cypher runs. */
export type LimitCode =
  | ErrorCode.QUERY_TOO_MANY_TOKENS
  | ErrorCode.QUERY_TOO_MANY_ALIASES
  | ErrorCode.QUERY_TOO_MANY_DIRECTIVES
  | ErrorCode.QUERY_TOO_DEEP
  | ErrorCode.QUERY_TOO_MANY_FRAGMENTS
  | ErrorCode.QUERY_TOO_COMPLEX
  | ErrorCode.INPUT_TOO_DEEP
  | ErrorCode.INPUT_LIST_TOO_LONG
  | ErrorCode.INPUT_STRING_TOO_LONG;

/** What a limit is called in its refusal, and the advice that goes with it. */
const LIMIT_WORDING: Readonly<Record<LimitCode, readonly [string, string]>> = {
  QUERY_TOO_MANY_TOKENS: ['tokens', 'send a shorter query'],
  QUERY_TOO_MANY_ALIASES: ['aliases', 'ask for fewer aliased fields, or use a list argument'],
  QUERY_TOO_MANY_DIRECTIVES: ['directives', 'use fewer directives'],
  QUERY_TOO_DEEP: ['levels of nested fields', 'ask for fewer nested fields'],
  QUERY_TOO_MANY_FRAGMENTS: ['fragment spreads once expanded', 'spread fewer fragments, or inline them'],
  QUERY_TOO_COMPLEX: ['units of estimated cost', 'ask for smaller pages (first) or fewer nested lists'],
  INPUT_TOO_DEEP: ['levels of nesting in an argument', 'nest the where less'],
  INPUT_LIST_TOO_LONG: ['items in a list argument', 'split the list over several requests'],
  INPUT_STRING_TOO_LONG: ['characters in a string argument', 'send a shorter string'],
};

/**
 * The request exceeds a limit that protects the server, refused before any Cypher runs, with
 * a sentence naming the limit, the excess and what to do. With `atLeast`, counting stopped
 * once past the limit, so `actual` is a lower bound.
 */
export class QueryLimitError extends AppError {
  constructor(code: LimitCode, limit: number, actual: number, atLeast = false) {
    const [what, advice] = LIMIT_WORDING[code];
    const amount = atLeast ? `at least ${actual}` : String(actual);
    super(`The request has ${amount} ${what}, over the limit of ${limit}; ${advice}.`, code, { limit, actual });
  }
}

/** The whole request took longer than the configured deadline. */
export class RequestTimeoutError extends AppError {
  constructor(ms: number) {
    super(`The request took longer than ${ms} ms and was stopped; ask for less, or try again later.`, ErrorCode.REQUEST_TIMEOUT);
  }
}

/** A Cypher query named by the code is missing from cypher/: a packaging fault, caught at start-up. */
export class MissingCypherError extends Error {
  constructor(name: string, dir: string) {
    super(`The Cypher query "${name}" is missing: expected the file ${dir}/${name}.cypher.`);
    this.name = 'MissingCypherError';
  }
}
