/**
 * A scratch Neo4j of the project's own kind for the bench: its own home under LOCAL_NEO4J_DIR
 * (`name`), its own free ports, wiped before and after, so nothing measured there touches the
 * graph `npm start` serves. Used by the seed measurement and the cost curve.
 */
import fs from 'node:fs';
import { connectDatabase } from '../src/app';
import type { Database } from '../src/app';
import { loadConfig } from '../src/config';
import type { Config } from '../src/config';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../src/local-neo4j';
import { freePort } from './processes';

export interface Scratch {
  readonly config: Config;
  readonly database: Database;
  /** Bolt URI, user and password of the scratch server. */
  readonly settings: { readonly uri: string; readonly username: string; readonly password: string };
  /** The Neo4j process, for its CPU time. */
  readonly pid: number;
}

export async function withScratchNeo4j<T>(name: string, log: (line: string) => void, work: (scratch: Scratch) => Promise<T>): Promise<T> {
  const [boltPort, httpPort] = [await freePort(), await freePort()];
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: '',
    NEO4J_USERNAME: 'neo4j',
    NEO4J_PASSWORD: 'daerah-graph-local',
    NEO4J_DATABASE: 'neo4j',
    LOCAL_NEO4J_NAME: name,
    LOCAL_NEO4J_BOLT_PORT: String(boltPort),
    LOCAL_NEO4J_HTTP_PORT: String(httpPort),
  });
  const home = config.local.homeDir;
  // A scratch server left running by an interrupted bench would hold the folder.
  if ((await localNeo4jStatus(config.local)).running) await stopLocalNeo4j(config.local, { log });
  fs.rmSync(home, { recursive: true, force: true });

  const neo4j = await startLocalNeo4j(config.local, config.neo4j, { log });
  try {
    const settings = { uri: neo4j.uri, username: neo4j.username, password: neo4j.password };
    const database = await connectDatabase(config, settings);
    try {
      return await work({ config, database, settings, pid: neo4j.pid });
    } finally {
      await database.close();
    }
  } finally {
    await neo4j.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
}
