/**
 * What the HTTP server does for every request before GraphQL sees it: a request id, a cap on
 * requests served at once, an overall deadline, and Node's own socket timeouts so a slow
 * client (slowloris) is cut off. Each answer it gives itself is a GraphQL-shaped error with
 * a code from src/errors/codes.ts.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { ProtectionConfig } from '../config';
import { ErrorCode, withRequestId } from '../errors';
import { sendError } from '../http/responses';
import { withDeadline } from './deadline';
import type { RequestDeadline } from './deadline';

export type RequestHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

interface Log {
  error(message: string, error?: unknown): void;
}

/** How often Node checks sockets against headersTimeout and requestTimeout (its default is 30 s). */
const CHECK_INTERVAL_MS = 1_000;

/** Seconds a client is asked to wait when the server is busy or Neo4j is away. */
export const RETRY_AFTER_SECONDS = 1;

/** An HTTP server whose sockets time out: headers, whole request and idle keep-alive each bounded. */
export function createHttpServer(protection: ProtectionConfig): http.Server {
  const server = http.createServer({
    headersTimeout: protection.headersTimeoutMs,
    requestTimeout: protection.socketRequestTimeoutMs,
    keepAliveTimeout: protection.keepAliveTimeoutMs,
    connectionsCheckingInterval: Math.min(CHECK_INTERVAL_MS, protection.headersTimeoutMs),
  });
  // An idle socket that never sends a whole request: cut at the request timeout too.
  server.timeout = protection.socketRequestTimeoutMs;
  return server;
}

/** A client's own id is kept when it is short and plain, so its logs and ours line up. */
function requestIdOf(req: http.IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.:-]{1,64}$/.test(given) ? given : randomUUID();
}

/**
 * Wraps the server's handler: every response carries `x-request-id`; beyond
 * `maxConcurrentRequests` in progress a request is answered 503 SERVER_BUSY with
 * Retry-After at once (no unbounded queue); a request still unanswered after
 * `requestTimeoutMs` (or the deadline a write moved it to: deadline.ts) is answered 503
 * REQUEST_TIMEOUT; a fault of the handler itself is logged
 * with the request id and answered 500 with it.
 */
export function guardRequests(protection: ProtectionConfig, log: Log, handler: RequestHandler): RequestHandler {
  let inProgress = 0;
  return (req, res) => {
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    if (inProgress >= protection.maxConcurrentRequests) {
      req.resume();
      sendError(res, ErrorCode.SERVER_BUSY, `The server is serving ${inProgress} requests, its limit; retry in a second.`, {
        'retry-after': String(RETRY_AFTER_SECONDS),
        connection: 'close',
      });
      return;
    }
    inProgress += 1;
    const timedOut = (ms: number) => () => {
      // Closing the connection too: the request may still be arriving (a slow client).
      sendError(res, ErrorCode.REQUEST_TIMEOUT, `The request took longer than ${ms} ms and was stopped; ask for less, or retry later.`, {
        'retry-after': String(RETRY_AFTER_SECONDS),
        connection: 'close',
      });
    };
    let deadline = setTimeout(timedOut(protection.requestTimeoutMs), protection.requestTimeoutMs);
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      inProgress -= 1;
      clearTimeout(deadline);
    };
    const control: RequestDeadline = {
      extend: (ms) => {
        clearTimeout(deadline);
        if (!done) deadline = setTimeout(timedOut(ms), ms);
      },
    };
    res.once('finish', finish);
    res.once('close', finish);
    withRequestId(requestId, () => withDeadline(control, async () => handler(req, res))).catch((error: unknown) => {
      log.error(`Unexpected error serving request ${requestId}`, error);
      sendError(res, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error.');
    });
  };
}
