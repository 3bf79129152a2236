import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';
import { AppError, QueryLimitError } from './errors';
import { ERROR_CODES, ErrorCode } from './codes';
import { currentRequestId } from './request-id';

/** Codes of the table other than the masked one: Apollo's own (parse, validation, bad variables) pass through. */
function isClientCode(code: unknown): boolean {
  return typeof code === 'string' && code in ERROR_CODES && code !== ErrorCode.INTERNAL_SERVER_ERROR;
}

/** GraphQL's parser stops at `parseOptions.maxTokens` with this sentence ("that" in graphql 16). */
const TOKEN_LIMIT = /^Syntax Error: Document contains more th(?:an|at) (\d+) tokens/;

/**
 * Our typed error behind a formatted one: thrown by a resolver, reported by a validation rule
 * (Apollo wraps it as GRAPHQL_VALIDATION_FAILED), or the parser's token limit.
 */
function appErrorOf(formatted: GraphQLFormattedError, error: unknown): AppError | undefined {
  const tokens = TOKEN_LIMIT.exec(formatted.message);
  if (tokens) return new QueryLimitError(ErrorCode.QUERY_TOO_MANY_TOKENS, Number(tokens[1]), Number(tokens[1]) + 1, true);
  let current: unknown = error;
  for (let hops = 0; hops < 4 && current instanceof Error; hops += 1) {
    if (current instanceof AppError) return current;
    current = current instanceof GraphQLError ? current.originalError : undefined;
  }
  return undefined;
}

/** An AppError as the client sees it: its message and extensions, where it happened, never `http`. */
function formatAppError(app: AppError, formatted: GraphQLFormattedError, development: boolean): GraphQLFormattedError {
  const { http: _http, ...extensions } = app.extensions;
  const stacktrace = development ? formatted.extensions?.stacktrace : undefined;
  return {
    message: app.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: stacktrace === undefined ? extensions : { ...extensions, stacktrace },
  };
}

/**
 * Builds Apollo's `formatError`: our typed errors and Apollo's client-fault codes keep their
 * message and code; anything else is an unexpected fault, logged with detail and the request
 * id and, outside development, masked so no stack trace or driver internals reach the client.
 * The masked error carries the request id, so a report of it finds the log line.
 */
export function formatError(development: boolean, log: (message: string, error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const app = appErrorOf(formatted, error);
    if (app) return formatAppError(app, formatted, development);
    if (isClientCode(formatted.extensions?.code)) return development ? formatted : withoutStack(formatted);
    const requestId = currentRequestId();
    log(`Unexpected error while resolving request ${requestId ?? '(no id)'}`, error);
    if (development) return { ...formatted, extensions: { ...formatted.extensions, requestId } };
    return {
      message: 'Internal server error.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId },
    };
  };
}

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
