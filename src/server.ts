import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import type { ApolloServerPlugin } from '@apollo/server';
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
import { readTokenFile } from './auth/tokens';
import { queryNames } from './db/queries';
import { PAGE_SLOTS } from './common/batch';
import { formatError } from './errors';
import { cacheControlPlugin } from './http/cache';
import { withExplorerLink } from './http/landing-page';
import { createRequestListener } from './http/router';
import { createHttpServer, guardRequests } from './http-guards';
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
 * Starts the HTTP server: GraphQL at /graphql (Sandbox there in development), GraphiQL at
 * /graphiql, the explorer at /explore and a health check at /health saying whether Neo4j
 * answers. Every request passes the guards first (request id, concurrency cap, deadline).
 */
export async function startServer(config: Config, executor: Executor, log = console): Promise<RunningServer> {
  // Read once at start; a wrong file stops the server with a sentence naming it.
  const tokens = readTokenFile(config.apiTokensFile);
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
      // Apollo's cache control hooks every resolved field for hints; ours is per operation (cacheControlPlugin).
      ApolloServerPluginCacheControlDisabled(),
      roundTripsPlugin,
      cacheControlPlugin<Context>(config.http.cacheMaxAge),
      limits.plugin,
      withExplorerLink(
        config.development
          ? ApolloServerPluginLandingPageLocalDefault({ embed: true })
          : ApolloServerPluginLandingPageProductionDefault({ footer: false }),
      ),
    ],
  });
  await apollo.start();

  const routes = createRequestListener({
    http: config.http,
    apollo,
    context: async (authorization) => createContext(config, executor, tokens, authorization),
    maxBodyBytes: config.protection.maxBodyBytes,
    health: () => executor.health(),
  });
  httpServer.on('request', guardRequests(config.protection, log, routes));

  await new Promise<void>((resolve) => httpServer.listen(config.port, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  // A warm-up still running when the server stops finishes quietly: nothing is logged after stop.
  let stopped = false;
  if (config.warmUpPlans) {
    executor.keepPlansWarm(queryNames(), config.protection.transactionTimeoutMs, (report) => {
      if (!stopped) log.info(`Neo4j query plans warmed: ${report.planned} planned, ${report.failed} failed, ${report.skipped} left (Neo4j went away) in ${report.ms} ms.`);
    }, PAGE_SLOTS);
  }
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    stop: async () => {
      stopped = true;
      await apollo.stop();
      await executor.plansSettled();
    },
  };
}
