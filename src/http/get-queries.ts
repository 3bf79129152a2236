import { OperationTypeNode, parse } from 'graphql';
import type { DocumentNode } from 'graphql';

/**
 * GET for reads. Apollo Server's CSRF prevention refuses a GET that has neither a
 * non-simple Content-Type nor an `apollo-require-preflight` header, which is urql's
 * default (GET, no Content-Type). A GET that can only read does no harm cross-site (the
 * page cannot read the answer without CORS), so such a GET is marked as allowed; anything
 * else keeps Apollo's check. Apollo also refuses any non-query operation over GET (405),
 * which covers persisted queries sent by hash alone.
 */

/** The header Apollo's CSRF prevention accepts as proof the request is not a simple cross-site one. */
export const CSRF_ALLOW_HEADER = 'apollo-require-preflight';

/**
 * False only when the GET's `query` selects a mutation or subscription. A GET whose query
 * does not parse or names no single operation cannot run anything (Apollo refuses it with
 * the precise error), and one that sends only a persisted-query hash is checked by Apollo
 * once the hash is resolved.
 */
export function isReadOnlyGet(params: URLSearchParams): boolean {
  const query = params.get('query');
  const document = query === null ? undefined : tryParse(query);
  if (!document) return true;
  const operationName = params.get('operationName');
  const operations = document.definitions.filter((definition) => definition.kind === 'OperationDefinition');
  const selected = operationName ? operations.filter((operation) => operation.name?.value === operationName) : operations;
  return selected.length !== 1 || selected[0].operation === OperationTypeNode.QUERY;
}

function tryParse(query: string): DocumentNode | undefined {
  try {
    return parse(query);
  } catch {
    return undefined;
  }
}
