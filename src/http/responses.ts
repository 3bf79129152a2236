import type http from 'node:http';

/**
 * Codes of refusals the HTTP layer answers itself, before GraphQL runs (the GraphQL ones
 * are in src/errors/codes.ts; BAD_REQUEST is Apollo Server's own for malformed requests).
 */
export type HttpErrorCode = 'BAD_REQUEST' | 'NOT_FOUND' | 'METHOD_NOT_ALLOWED' | 'CORS_ORIGIN_NOT_ALLOWED';

/** Sends a JSON body; errors are never cached. */
export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** Sends a refusal in GraphQL's error shape, so clients read it like any other error. */
export function sendError(res: http.ServerResponse, status: number, code: HttpErrorCode, message: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] }, headers);
}
