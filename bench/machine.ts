/** What the results depend on besides the code: the machine, its load, and the versions. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/common/paths';
import type { Executor } from '../src/db/executor';
import type { Machine } from './report';

function cpuModel(): string {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'));
    if (match) return match[1].trim();
  } catch {
    // Not Linux: fall through.
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

export function describeMachine(loadBefore: readonly number[]): Machine {
  return {
    cpu: cpuModel(),
    cores: os.cpus().length,
    memoryGiB: os.totalmem() / 1024 ** 3,
    loadBefore,
    loadAfter: os.loadavg(),
  };
}

function packageVersion(name: string): string {
  try {
    const file = path.join(projectRoot(), 'node_modules', ...name.split('/'), 'package.json');
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

/** The commit the code is at, and whether the working tree has changes on top of it. */
function gitState(): string {
  try {
    const run = (...args: string[]): string => execFileSync('git', args, { cwd: projectRoot(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const head = run('rev-parse', '--short', 'HEAD');
    return run('status', '--porcelain').length > 0 ? `${head} with uncommitted changes` : head;
  } catch {
    return 'unknown';
  }
}

/** Versions of everything the servers run on, Neo4j's as the server reports it. */
export async function describeVersions(executor: Executor): Promise<Record<string, string>> {
  const rows = await executor.runText('READ', "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition");
  const neo4j = rows[0] ? `${String(rows[0].version)} ${String(rows[0].edition)}` : 'unknown';
  return {
    Node: process.version,
    Neo4j: neo4j,
    '@neo4j/graphql': packageVersion('@neo4j/graphql'),
    '@apollo/server': packageVersion('@apollo/server'),
    'type-graphql': packageVersion('type-graphql'),
    graphql: packageVersion('graphql'),
    'neo4j-driver': packageVersion('neo4j-driver'),
    dataloader: packageVersion('dataloader'),
    autocannon: packageVersion('autocannon'),
    'daerah-graph': gitState(),
  };
}
