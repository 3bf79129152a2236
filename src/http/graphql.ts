import type http from 'node:http';
import { HeaderMap } from '@apollo/server';
import type { ApolloServer, HTTPGraphQLRequest, HTTPGraphQLResponse } from '@apollo/server';
import { NO_STORE, etagOf, isPublicRead, matchesIfNoneMatch } from './cache';
import { CSRF_ALLOW_HEADER, isReadOnlyGet } from './get-queries';
import { ErrorCode } from '../errors';
import { BodyTooLargeError, readBody } from './body';
import { sendError } from './responses';

/**
 * Runs one GraphQL request through Apollo Server and writes the answer: GET reads allowed
 * past the CSRF check (get-queries.ts), `no-store` unless the cache plugin marked the
 * response a public read, and an ETag on such reads with 304 for a matching If-None-Match.
 */
export async function handleGraphQL<TContext extends object>(
  apollo: ApolloServer<TContext>,
  context: (authorization: string | undefined) => Promise<TContext>,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  maxBodyBytes: number,
): Promise<void> {
  let body: unknown;
  try {
    body = await readJsonBody(req, maxBodyBytes);
  } catch (error) {
    sendError(res, error instanceof BodyTooLargeError ? ErrorCode.PAYLOAD_TOO_LARGE : ErrorCode.BAD_REQUEST, (error as Error).message);
    return;
  }
  const method = (req.method ?? 'GET').toUpperCase();
  const headers = toHeaderMap(req.headers);
  if (method === 'GET' && isReadOnlyGet(url.searchParams)) headers.set(CSRF_ALLOW_HEADER, 'read-only-get');
  const request: HTTPGraphQLRequest = { method, headers, search: url.search, body };
  const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context: () => context(req.headers.authorization) });
  // Only the cache plugin's public reads may be stored; that also overrides Apollo's own
  // `private, no-cache` on a persisted-query miss.
  if (!isPublicRead(response)) response.headers.set('cache-control', NO_STORE);
  await writeResponse(response, method, req.headers['if-none-match'], res);
}

async function writeResponse(response: HTTPGraphQLResponse, method: string, ifNoneMatch: string | undefined, res: http.ServerResponse): Promise<void> {
  if (res.headersSent) return; // the request deadline answered already
  const body = response.body;
  if (body.kind === 'complete' && isPublicRead(response)) {
    const etag = etagOf(body.string);
    response.headers.set('etag', etag);
    // The answer's media type follows the Accept header (application/json or graphql-response+json).
    response.headers.set('vary', [res.getHeader('vary'), 'Accept'].filter(Boolean).join(', '));
    if (method === 'GET' && matchesIfNoneMatch(ifNoneMatch, etag)) {
      response.headers.delete('content-type');
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.writeHead(304);
      res.end();
      return;
    }
  }
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (body.kind === 'complete') {
    res.end(body.string);
    return;
  }
  for await (const chunk of body.asyncIterator) res.write(chunk);
  res.end();
}

function toHeaderMap(incoming: http.IncomingHttpHeaders): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(incoming)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** Reads a JSON request body (empty for GET), refusing bodies over `maxBytes` before reading them whole. */
async function readJsonBody(req: http.IncomingMessage, maxBytes: number): Promise<unknown> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const text = await readBody(req, maxBytes);
  if (text === '') return undefined;
  const type = req.headers['content-type'] ?? '';
  if (!type.includes('application/json')) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new Error('The request body is not valid JSON.');
  }
}
