import type http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { HttpConfig } from '../config';
import { answerPreflight, corsHeaders } from './cors';
import { EXPLORER_PATH, serveExplorer } from './explorer';
import { handleGraphQL } from './graphql';
import { sendError, sendJson } from './responses';

/** What the routes need from the rest of the server. */
export interface Routes<TContext extends object> {
  readonly http: HttpConfig;
  readonly apollo: ApolloServer<TContext>;
  readonly context: () => Promise<TContext>;
  /** Whether Neo4j answers, for /health. */
  readonly ping: () => Promise<boolean>;
}

/**
 * The API's HTTP routes: GraphQL at /graphql (and /), the offline explorer at /graphiql,
 * the health check at /health; CORS
 * headers on every answer and preflights answered before any route.
 */
export function createRequestListener<TContext extends object>(routes: Routes<TContext>): http.RequestListener {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'OPTIONS') {
      answerPreflight(routes.http.corsOrigins, req, res);
      return;
    }
    for (const [key, value] of Object.entries(corsHeaders(routes.http.corsOrigins, req.headers.origin))) res.setHeader(key, value);
    if (url.pathname === '/health') {
      void routes.ping().then((up) => sendJson(res, up ? 200 : 503, { status: up ? 'ok' : 'unavailable', neo4j: up ? 'up' : 'down' }));
      return;
    }
    if (url.pathname === EXPLORER_PATH || url.pathname.startsWith(`${EXPLORER_PATH}/`)) {
      serveExplorer(req, res, url);
      return;
    }
    if (url.pathname === '/graphql' || url.pathname === '/') {
      void handleGraphQL(routes.apollo, routes.context, req, res, url);
      return;
    }
    sendError(res, 404, 'NOT_FOUND', `Nothing at ${url.pathname}: the API is at /graphql, the explorer at /graphiql, the health check at /health.`);
  };
}
