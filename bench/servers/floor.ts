/**
 * The floor: answers each question with ONE hand-written Cypher query through neo4j-driver
 * and returns the rows as JSON; no GraphQL, no resolvers. What the benchmark calls the least
 * a server can do per request. Run by the bench as a child process:
 * `node dist/bench/servers/floor.js` with NEO4J_URI, NEO4J_PASSWORD and PORT set.
 * POST /q/<question id> with the Cypher parameters as the JSON body.
 */
import neo4j from 'neo4j-driver';
import { toNeo4jParams, toPlain } from '../../src/db/convert';
import { floorCypher, loadQuestions } from '../questions';
import { RoundTripCounter, countingDriver } from './counting-driver';
import { ROUND_TRIPS_HEADER, connect, readBody, sendJson, serve } from './http';

async function main(): Promise<void> {
  const { config, driver } = connect();
  const cypher = new Map(loadQuestions().map((q) => [q.id, floorCypher(q.slug)]));

  await serve(config, driver, async (req, res, url) => {
    const match = /^\/q\/([A-Za-z0-9]+)$/.exec(url.pathname);
    const text = match ? cypher.get(match[1]) : undefined;
    if (text === undefined) {
      sendJson(res, 404, JSON.stringify({ error: `No question at ${url.pathname}; ask POST /q/<id>, e.g. /q/Q1.` }));
      return;
    }
    const body = await readBody(req);
    const params = toNeo4jParams(body === '' ? {} : JSON.parse(body)) as Record<string, unknown>;
    const counter = new RoundTripCounter();
    const session = countingDriver(driver, counter).session({ database: config.neo4j.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(text, params));
      const rows = result.records.map((record) => toPlain(record.toObject()));
      sendJson(res, 200, JSON.stringify(rows), { [ROUND_TRIPS_HEADER]: String(counter.count) });
    } finally {
      await session.close();
    }
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`The floor server could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
