import { DEFAULT_PAGE_SIZE } from '../common/pagination';
import { getNullableType, GraphQLError, isListType } from 'graphql';
import type { DocumentNode, GraphQLSchema, ValidationRule } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { ApolloServerPlugin } from '@apollo/server';
import { BadUserInputError, ErrorCode, QueryLimitError } from '../errors';
import { documentLimitsRule } from './document-limits';
import type { DocumentLimits } from './document-limits';
import { assertInputLimits } from './input-limits';
import type { InputLimits } from './input-limits';

/** Expected length of lists that take no `first` (the regencies of a province: at most 38). */
const LIST_SIZES: Readonly<Record<string, number>> = { 'Province.regencies': 40 };
const DEFAULT_LIST_SIZE = 10;

/**
 * Cost of a field: 1, plus its children times the number of items it can return: `first`
 * or `last` (the default page size when neither is given), or `limit`, for pages, an expected size for plain lists. A connection's `edges` and `nodes`
 * are already counted by the connection's `first`, so they do not multiply again.
 */
export const estimateComplexity: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const pageSize = args.first ?? args.last ?? (field.args.some((arg) => arg.name === 'last') ? DEFAULT_PAGE_SIZE : null);
  if (typeof pageSize === 'number') return 1 + Math.max(pageSize, 1) * childComplexity;
  // A neighbourhood returns up to `limit` nodes and their edges.
  if (typeof args.limit === 'number') return 1 + Math.max(args.limit, 1) * childComplexity;
  const returns = getNullableType(field.type);
  const connectionItems = field.name === 'edges' || (field.name === 'nodes' && type.name.endsWith('Connection'));
  if (!isListType(returns) || connectionItems) return 1 + childComplexity;
  const size = LIST_SIZES[`${type.name}.${field.name}`] ?? DEFAULT_LIST_SIZE;
  return 1 + size * childComplexity;
};

/** Every limit on a request's document and arguments (see README "Limits"). */
export interface QueryLimits extends DocumentLimits {
  readonly maxComplexity: number;
  readonly input: InputLimits;
}

/**
 * The limits of a request, each checked as soon as what it measures is known and before
 * anything costlier: tokens while parsing (`parseOptions`), the document's shape in the
 * first validation rule, arguments and estimated cost once the operation is resolved, all
 * before any resolver (and so any Cypher) runs.
 */
export function queryLimits<C extends object>(
  schema: GraphQLSchema,
  limits: QueryLimits,
): { plugin: ApolloServerPlugin<C>; validationRule: ValidationRule; parseOptions: { maxTokens: number } } {
  const plugin: ApolloServerPlugin<C> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          assertInputLimits(document, request.variables, limits.input);
          const complexity = complexityOf(schema, document, request.variables ?? {}, operation.name?.value ?? request.operationName ?? undefined);
          if (complexity > limits.maxComplexity) throw new QueryLimitError(ErrorCode.QUERY_TOO_COMPLEX, limits.maxComplexity, complexity);
        },
      };
    },
  };
  return { plugin, validationRule: documentLimitsRule(limits), parseOptions: { maxTokens: limits.maxTokens } };
}

/**
 * The cost of a document under the server's estimator (also for tests and the README). The
 * estimator coerces the variables itself, before GraphQL's execution would: a variable of
 * the wrong type is the client's fault (BAD_USER_INPUT), whoever notices it first.
 */
export function complexityOf(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number {
  try {
    return getComplexity({ schema, query: document, variables, operationName, estimators: [estimateComplexity] });
  } catch (error) {
    if (error instanceof GraphQLError && error.message.startsWith('Variable "$')) throw new BadUserInputError(error.message);
    throw error;
  }
}
