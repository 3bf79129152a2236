/**
 * Every `extensions.code` this API returns, with the HTTP status it answers with; clients may
 * switch on these. The README's "Errors" table lists the same rows (a unit test compares them).
 */
export enum ErrorCode {
  BAD_REQUEST = 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  OPERATION_RESOLUTION_FAILURE = 'OPERATION_RESOLUTION_FAILURE',
  PERSISTED_QUERY_NOT_SUPPORTED = 'PERSISTED_QUERY_NOT_SUPPORTED',
  PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  QUERY_TOO_MANY_TOKENS = 'QUERY_TOO_MANY_TOKENS',
  QUERY_TOO_MANY_ALIASES = 'QUERY_TOO_MANY_ALIASES',
  QUERY_TOO_MANY_DIRECTIVES = 'QUERY_TOO_MANY_DIRECTIVES',
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  QUERY_TOO_MANY_FRAGMENTS = 'QUERY_TOO_MANY_FRAGMENTS',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  INPUT_TOO_DEEP = 'INPUT_TOO_DEEP',
  INPUT_LIST_TOO_LONG = 'INPUT_LIST_TOO_LONG',
  INPUT_STRING_TOO_LONG = 'INPUT_STRING_TOO_LONG',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  METHOD_NOT_ALLOWED = 'METHOD_NOT_ALLOWED',
  CORS_ORIGIN_NOT_ALLOWED = 'CORS_ORIGIN_NOT_ALLOWED',
  CONSTRAINT_VIOLATION = 'CONSTRAINT_VIOLATION',
  SERVER_BUSY = 'SERVER_BUSY',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  REQUEST_TIMEOUT = 'REQUEST_TIMEOUT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export interface ErrorCodeInfo {
  /** The HTTP status of a response whose first error has this code. */
  readonly status: number;
  /** When it happens, for the README table. */
  readonly meaning: string;
}

/** The one table of codes: the README's "Errors" section must list exactly these rows. */
export const ERROR_CODES: Readonly<Record<ErrorCode, ErrorCodeInfo>> = {
  BAD_REQUEST: { status: 400, meaning: 'The HTTP request is not a GraphQL request: not JSON, no query, a GET without the preflight header, variables that are not an object.' },
  PAYLOAD_TOO_LARGE: { status: 413, meaning: 'The request body is over `MAX_BODY_BYTES`.' },
  GRAPHQL_PARSE_FAILED: { status: 400, meaning: 'The query is not valid GraphQL syntax.' },
  GRAPHQL_VALIDATION_FAILED: { status: 400, meaning: 'The query does not fit the schema (unknown field, wrong argument type, fragment cycle), or asks for introspection where it is off.' },
  OPERATION_RESOLUTION_FAILURE: { status: 400, meaning: 'The document has several operations and `operationName` names none of them.' },
  PERSISTED_QUERY_NOT_SUPPORTED: { status: 400, meaning: 'A persisted query of an unsupported version.' },
  PERSISTED_QUERY_NOT_FOUND: { status: 404, meaning: 'A persisted query hash the server does not know yet; send the query with it.' },
  BAD_USER_INPUT: { status: 400, meaning: 'An argument or variable is wrong: a malformed code or cursor, a page over `MAX_PAGE_SIZE`, a number out of range, a variable of the wrong type.' },
  QUERY_TOO_MANY_TOKENS: { status: 400, meaning: 'The query has more than `MAX_QUERY_TOKENS` tokens.' },
  QUERY_TOO_MANY_ALIASES: { status: 400, meaning: 'The query has more than `MAX_QUERY_ALIASES` aliases.' },
  QUERY_TOO_MANY_DIRECTIVES: { status: 400, meaning: 'The query has more than `MAX_QUERY_DIRECTIVES` directives.' },
  QUERY_TOO_DEEP: { status: 400, meaning: 'Fields nest deeper than `MAX_QUERY_DEPTH`.' },
  QUERY_TOO_MANY_FRAGMENTS: { status: 400, meaning: 'Expanding the fragments takes more than `MAX_FRAGMENT_SPREADS` spreads.' },
  QUERY_TOO_COMPLEX: { status: 400, meaning: 'The estimated cost is over `MAX_QUERY_COMPLEXITY`.' },
  INPUT_TOO_DEEP: { status: 400, meaning: 'An argument (a `where`) nests deeper than `MAX_INPUT_DEPTH`.' },
  INPUT_LIST_TOO_LONG: { status: 400, meaning: 'A list argument (`in`, `OR`) has more than `MAX_INPUT_LIST_LENGTH` items.' },
  INPUT_STRING_TOO_LONG: { status: 400, meaning: "A string argument of a query is longer than `MAX_INPUT_STRING_LENGTH` characters (a mutation's, a source's document and text, are bounded by `MAX_BODY_BYTES`)." },
  UNAUTHENTICATED: { status: 401, meaning: 'A write (or an admin read) without a bearer token, or with one the server does not know (`API_TOKENS_FILE`).' },
  FORBIDDEN: { status: 403, meaning: "The token's role may not do this: writes need `curator` or `admin`, retractions and the audit log `admin`." },
  NOT_FOUND: { status: 404, meaning: 'Nothing at that URL path.' },
  METHOD_NOT_ALLOWED: { status: 405, meaning: 'A method the path does not answer (`/graphiql` and `/explore` answer GET and HEAD only).' },
  CORS_ORIGIN_NOT_ALLOWED: { status: 403, meaning: 'A browser page from an origin `CORS_ORIGINS` does not list.' },
  CONSTRAINT_VIOLATION: { status: 409, meaning: 'A write broke a uniqueness or existence constraint of the graph.' },
  SERVER_BUSY: { status: 503, meaning: 'More than `MAX_CONCURRENT_REQUESTS` requests are in progress; retry after `Retry-After` seconds.' },
  SERVICE_UNAVAILABLE: { status: 503, meaning: 'Neo4j does not answer (down, paused, restarting, refusing the credentials); `/health` says why. Retry later.' },
  QUERY_TIMEOUT: { status: 503, meaning: 'A Cypher transaction ran longer than `NEO4J_TRANSACTION_TIMEOUT_MS` and was stopped.' },
  REQUEST_TIMEOUT: { status: 503, meaning: 'The request took longer than `REQUEST_TIMEOUT_MS` in all.' },
  INTERNAL_SERVER_ERROR: { status: 500, meaning: 'A fault of the server itself; logged with the `requestId` the response carries.' },
};

/** The HTTP status for a code; anything unknown is the server's own fault. */
export function httpStatusOf(code: unknown): number {
  return typeof code === 'string' && code in ERROR_CODES ? ERROR_CODES[code as ErrorCode].status : 500;
}
