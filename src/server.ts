import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import type { ApolloServerPlugin, HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import type { Config } from './config';
import { createContext } from './context';
import type { Context } from './context';
import type { Executor } from './db/executor';
import { ErrorCode, formatError } from './errors';
import { createHttpServer, guardRequests, RETRY_AFTER_SECONDS, sendError } from './http-guards';
import { queryLimits } from './limits/query-limits';
import { createSchema } from './schema';

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

/** Puts the request's Cypher query and transaction counts in the response, for clients and tests alike. */
const roundTripsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (response.body.kind === 'single') {
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            cypherRoundTrips: contextValue.stats.roundTrips,
            cypherTransactions: contextValue.stats.transactions,
          };
        }
      },
    };
  },
};

/**
 * Starts the HTTP server: GraphQL at /graphql (Sandbox there in development) and a
 * health check at /health saying whether Neo4j answers.
 */
export async function startServer(config: Config, executor: Executor, log = console): Promise<RunningServer> {
  const schema = await createSchema();
  const httpServer = createHttpServer(config.protection);
  const limits = queryLimits<Context>(schema, {
    maxTokens: config.protection.maxTokens,
    maxAliases: config.protection.maxAliases,
    maxDirectives: config.protection.maxDirectives,
    maxDepth: config.maxQueryDepth,
    maxFragmentSpreads: config.protection.maxFragmentSpreads,
    maxComplexity: config.maxQueryComplexity,
    input: {
      maxDepth: config.protection.maxInputDepth,
      maxListLength: config.protection.maxInputListLength,
      maxStringLength: config.protection.maxInputStringLength,
    },
  });
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.protection.introspection,
    hideSchemaDetailsFromClientErrors: !config.protection.suggestions,
    validationRules: [limits.validationRule],
    parseOptions: limits.parseOptions,
    includeStacktraceInErrorResponses: config.development,
    formatError: formatError(config.development, (message, error) => log.error(message, error)),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Cache control hooks every resolved field to compute cache hints nobody reads here.
      ApolloServerPluginCacheControlDisabled(),
      roundTripsPlugin,
      limits.plugin,
      config.development
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true })
        : ApolloServerPluginLandingPageProductionDefault({ footer: false }),
    ],
  });
  await apollo.start();

  httpServer.on('request', guardRequests(config.protection, log, (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') {
      return executor.health().then(({ up, reason, since }) => {
        res.writeHead(up ? 200 : 503, { 'content-type': 'application/json', ...(up ? {} : { 'retry-after': String(RETRY_AFTER_SECONDS) }) });
        res.end(JSON.stringify(up ? { status: 'ok', neo4j: 'up' } : { status: 'unavailable', neo4j: 'down', reason, since }));
      });
    }
    if (url.pathname !== '/graphql' && url.pathname !== '/') {
      sendError(res, ErrorCode.NOT_FOUND, `Nothing at ${url.pathname}: the API is at /graphql, the health check at /health.`);
      return;
    }
    return handleGraphQL(apollo, config, executor, req, res, url.search);
  }));

  await new Promise<void>((resolve) => httpServer.listen(config.port, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    stop: () => apollo.stop(),
  };
}

async function handleGraphQL(
  apollo: ApolloServer<Context>,
  config: Config,
  executor: Executor,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  search: string,
): Promise<void> {
  let body: unknown;
  try {
    body = await readJsonBody(req, config.protection.maxBodyBytes);
  } catch (error) {
    sendError(res, error instanceof BodyTooLargeError ? ErrorCode.PAYLOAD_TOO_LARGE : ErrorCode.BAD_REQUEST, (error as Error).message);
    return;
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const request: HTTPGraphQLRequest = { method: (req.method ?? 'GET').toUpperCase(), headers, search, body };
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: request,
    context: async () => createContext(config, executor),
  });
  if (res.headersSent) return; // the request deadline answered already
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

class BodyTooLargeError extends Error {
  constructor(maxBytes: number) {
    super(`The request body is over ${maxBytes} bytes (MAX_BODY_BYTES).`);
  }
}

/** Reads a JSON request body (empty for GET), refusing bodies over `maxBytes` before reading them whole. */
async function readJsonBody(req: http.IncomingMessage, maxBytes: number): Promise<unknown> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) throw new BodyTooLargeError(maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new BodyTooLargeError(maxBytes);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  const type = req.headers['content-type'] ?? '';
  if (!type.includes('application/json')) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new Error('The request body is not valid JSON.');
  }
}
