import type http from 'node:http';
import { httpStatusOf } from '../errors';
import type { ErrorCode } from '../errors';

/** Sends a JSON body; errors are never cached. */
export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * Sends a refusal the HTTP layer decides itself, in GraphQL's error shape with its code and
 * the request id, its status from the one table (src/errors/codes.ts); nothing when an answer
 * has already started (the request deadline may have answered first).
 */
export function sendError(res: http.ServerResponse, code: ErrorCode, message: string, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  const requestId = res.getHeader('x-request-id');
  sendJson(res, httpStatusOf(code), { errors: [{ message, extensions: { code, requestId } }] }, headers);
}
