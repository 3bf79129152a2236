import { getNullableType, isListType, Kind } from 'graphql';
import type { DocumentNode, FragmentDefinitionNode, GraphQLSchema, SelectionSetNode } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, QueryLimitError } from '../errors';

/** Expected length of lists that take no `first` (the regencies of a province: at most 38). */
const LIST_SIZES: Readonly<Record<string, number>> = { 'Province.regencies': 40 };
const DEFAULT_LIST_SIZE = 10;

/**
 * Cost of a field: 1, plus its children times the number of items it can return: `first`
 * (or `limit`) for pages, an expected size for plain lists. A connection's `edges` are already counted
 * by the connection's `first`, so they do not multiply again.
 */
export const estimateComplexity: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (typeof args.first === 'number') return 1 + Math.max(args.first, 1) * childComplexity;
  // A neighbourhood returns up to `limit` nodes and their edges.
  if (typeof args.limit === 'number') return 1 + Math.max(args.limit, 1) * childComplexity;
  const returns = getNullableType(field.type);
  if (!isListType(returns) || field.name === 'edges') return 1 + childComplexity;
  const size = LIST_SIZES[`${type.name}.${field.name}`] ?? DEFAULT_LIST_SIZE;
  return 1 + size * childComplexity;
};

/** The deepest nesting of fields in an operation, fragments expanded; introspection is not counted. */
export function queryDepth(selectionSet: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>, seen = new Set<string>()): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const below = selection.selectionSet ? queryDepth(selection.selectionSet, fragments, seen) : 0;
      deepest = Math.max(deepest, 1 + below);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, queryDepth(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue; // cycles are refused by validation already
      deepest = Math.max(deepest, queryDepth(fragment.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return deepest;
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const map = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) map.set(definition.name.value, definition);
  }
  return map;
}

export interface QueryLimits {
  readonly maxDepth: number;
  readonly maxComplexity: number;
}

/**
 * Refuses a query deeper or costlier than the limits once it is parsed and validated, before
 * any resolver (and so any Cypher) runs, with a message that names the limit and the excess.
 */
export function queryLimitsPlugin<C extends object>(schema: GraphQLSchema, limits: QueryLimits): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const depth = queryDepth(operation.selectionSet, fragmentsOf(document));
          if (depth > limits.maxDepth) {
            throw new QueryLimitError(
              `The query is ${depth} levels deep, over the limit of ${limits.maxDepth} by ${depth - limits.maxDepth}; ask for fewer nested fields.`,
              ErrorCode.QUERY_TOO_DEEP,
              limits.maxDepth,
              depth,
            );
          }
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: operation.name?.value ?? request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [estimateComplexity],
          });
          if (complexity > limits.maxComplexity) {
            throw new QueryLimitError(
              `The query's estimated cost is ${complexity}, over the limit of ${limits.maxComplexity} by ${complexity - limits.maxComplexity}; ask for smaller pages (first) or fewer nested lists.`,
              ErrorCode.QUERY_TOO_COMPLEX,
              limits.maxComplexity,
              complexity,
            );
          }
        },
      };
    },
  };
}

/** Exposed for tests and the README: the cost of a document under the server's estimator. */
export function complexityOf(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}): number {
  return getComplexity({ schema, query: document, variables, estimators: [estimateComplexity] });
}
