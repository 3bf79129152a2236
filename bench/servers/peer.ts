/**
 * The peer: the same graph served by the Neo4j GraphQL Library (@neo4j/graphql 7), which
 * compiles each root field of a request into one Cypher query. Run by the bench as a child
 * process: `node dist/bench/servers/peer.js` with NEO4J_URI, NEO4J_PASSWORD and PORT set.
 *
 * Its best configuration, from the library's documentation: type definitions with `@node`
 * on every type, relationship properties where they are read, the existing full-text index
 * `entityNames` declared with `@fulltext` (so search goes through Lucene, not CONTAINS),
 * mutations excluded, no authorization, no subscriptions, deprecated fields excluded, and
 * Apollo Server in production mode (no introspection, no landing page) as for our server.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer, HeaderMap } from '@apollo/server';
import type { HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Neo4jGraphQLContext } from '@neo4j/graphql';
import { projectRoot } from '../../src/common/paths';
import { RoundTripCounter, countingDriver } from './counting-driver';
import { ROUND_TRIPS_HEADER, connect, readBody, sendJson, serve } from './http';

export function peerTypeDefs(): string {
  return fs.readFileSync(path.join(projectRoot(), 'bench', 'servers', 'peer-type-defs.graphql'), 'utf8');
}

async function main(): Promise<void> {
  const { config, driver } = connect();
  const library = new Neo4jGraphQL({
    typeDefs: peerTypeDefs(),
    driver,
    features: {
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  const schema = await library.getSchema();
  // The library's own check that the indexes its schema relies on (the full-text one) exist.
  await library.assertIndexesAndConstraints({ driver, sessionConfig: { database: config.neo4j.database } });
  const apollo = new ApolloServer<Neo4jGraphQLContext>({
    schema,
    introspection: false,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  await serve(config, driver, async (req, res, url) => {
    if (url.pathname !== '/graphql') {
      sendJson(res, 404, JSON.stringify({ error: `Nothing at ${url.pathname}: GraphQL is at /graphql.` }));
      return;
    }
    const text = await readBody(req);
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const counter = new RoundTripCounter();
    const request: HTTPGraphQLRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      headers,
      search: url.search,
      body: text === '' ? undefined : (JSON.parse(text) as unknown),
    };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: request,
      context: async () => ({
        executionContext: countingDriver(driver, counter),
        sessionConfig: { database: config.neo4j.database },
      }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.setHeader(ROUND_TRIPS_HEADER, String(counter.count));
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`The peer server could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
