import type http from 'node:http';
import type { CorsOrigins } from '../config';
import { ErrorCode } from '../errors';
import { sendError } from './responses';

/**
 * Cross-origin access for browser frontends. With `*` any page may read the public graph,
 * but never with credentials (browsers refuse `*` with credentials, and cookies would turn
 * a public read API into a CSRF target). With a list, only those origins get the headers,
 * with credentials allowed, and `Vary: Origin` so a shared cache keeps one copy per origin.
 */

/** Methods a page may use; OPTIONS is the preflight itself. */
const ALLOWED_METHODS = 'GET, POST, OPTIONS';

/** Request headers a client may send: JSON, tokens, revalidation, Apollo's and urql's extras. */
const ALLOWED_HEADERS = [
  'accept',
  'authorization',
  'content-type',
  'if-none-match',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
].join(', ');

/** Response headers a page may read beyond the safelisted ones (Cache-Control is one already). */
const EXPOSED_HEADERS = 'ETag';

/** How long a browser may reuse a preflight answer (Chromium caps it at two hours). */
const PREFLIGHT_MAX_AGE_SECONDS = 7200;

/** The CORS headers for a response to `origin` (the request's Origin header), empty when it is not allowed. */
export function corsHeaders(allowed: CorsOrigins, origin: string | undefined): Record<string, string> {
  if (allowed === '*') return { 'access-control-allow-origin': '*', 'access-control-expose-headers': EXPOSED_HEADERS };
  const vary = { vary: 'Origin' };
  if (origin === undefined || !allowed.includes(origin)) return vary;
  return {
    ...vary,
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': EXPOSED_HEADERS,
  };
}

/** True when the origin may call the API (requests without Origin are not cross-origin). */
export function isOriginAllowed(allowed: CorsOrigins, origin: string | undefined): boolean {
  return origin === undefined || allowed === '*' || allowed.includes(origin);
}

/**
 * Answers an OPTIONS request: 204 with the allowed methods and headers, or 403 with a
 * code when the page's origin is not in CORS_ORIGINS (the browser then refuses the call).
 */
export function answerPreflight(allowed: CorsOrigins, req: http.IncomingMessage, res: http.ServerResponse): void {
  const origin = req.headers.origin;
  if (!isOriginAllowed(allowed, origin)) {
    sendError(res, ErrorCode.CORS_ORIGIN_NOT_ALLOWED, `The origin ${origin} may not call this API; the operator allows others (CORS_ORIGINS).`, corsHeaders(allowed, origin));
    return;
  }
  res.writeHead(204, {
    ...corsHeaders(allowed, origin),
    allow: ALLOWED_METHODS,
    'access-control-allow-methods': ALLOWED_METHODS,
    'access-control-allow-headers': ALLOWED_HEADERS,
    'access-control-max-age': String(PREFLIGHT_MAX_AGE_SECONDS),
  });
  res.end();
}
