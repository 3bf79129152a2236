import type { ApolloServer } from '@apollo/server';
import type { HttpConfig } from '../config';
import type { Neo4jHealth } from '../db/availability';
import { RETRY_AFTER_SECONDS } from '../http-guards';
import type { RequestHandler } from '../http-guards';
import { ErrorCode } from '../errors';
import { answerPreflight, corsHeaders } from './cors';
import { createExplorerHandler, explorerDist, isExplorerPath } from '../explore/serve';
import { EXPLORER_PATH, createGraphiqlHandler } from './explorer';
import { handleGraphQL } from './graphql';
import { sendError, sendJson } from './responses';

/** What the routes need from the rest of the server. */
export interface Routes<TContext extends object> {
  readonly http: HttpConfig;
  readonly apollo: ApolloServer<TContext>;
  /** The request's context, from its Authorization header (src/context.ts). */
  readonly context: (authorization: string | undefined) => Promise<TContext>;
  /** Largest request body (MAX_BODY_BYTES). */
  readonly maxBodyBytes: number;
  /** Whether Neo4j answers and, if not, why and since when, for /health. */
  readonly health: () => Promise<Neo4jHealth>;
}

/**
 * The API's HTTP routes: GraphQL at /graphql (and /), GraphiQL at /graphiql, the graph
 * explorer at /explore, the health check at /health; CORS headers on every answer and
 * preflights answered before any route. Wrapped by src/http-guards (request id, deadline,
 * concurrency cap) in server.ts.
 */
export function createRequestListener<TContext extends object>(routes: Routes<TContext>): RequestHandler {
  const serveExplore = createExplorerHandler(explorerDist());
  const serveGraphiql = createGraphiqlHandler();
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'OPTIONS') {
      answerPreflight(routes.http.corsOrigins, req, res);
      return;
    }
    for (const [key, value] of Object.entries(corsHeaders(routes.http.corsOrigins, req.headers.origin))) res.setHeader(key, value);
    if (url.pathname === '/health') {
      return routes.health().then(({ up, reason, since }) =>
        up
          ? sendJson(res, 200, { status: 'ok', neo4j: 'up' })
          : sendJson(res, 503, { status: 'unavailable', neo4j: 'down', reason, since }, { 'retry-after': String(RETRY_AFTER_SECONDS) }),
      );
    }
    if (url.pathname === EXPLORER_PATH || url.pathname.startsWith(`${EXPLORER_PATH}/`)) {
      serveGraphiql(req, res, url);
      return;
    }
    if (isExplorerPath(url.pathname)) {
      serveExplore(req, res, url.pathname);
      return;
    }
    if (url.pathname === '/graphql' || url.pathname === '/') return handleGraphQL(routes.apollo, routes.context, req, res, url, routes.maxBodyBytes);
    sendError(res, ErrorCode.NOT_FOUND, `Nothing at ${url.pathname}: the API is at /graphql, GraphiQL at /graphiql, the explorer at /explore, the health check at /health.`);
  };
}
