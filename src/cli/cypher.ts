/**
 * `npm run cypher -- <file.cypher | 'inline query'> [--param k=v ...] [--format ...] [--write]`:
 * runs one Cypher statement for a researcher and streams its rows to stdout as a table, CSV
 * or JSON; time and row count go to stderr, so stdout can be piped. Read-only unless
 * `--write`: the session's access mode makes Neo4j itself refuse a write.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Neo4jError } from 'neo4j-driver';
import { projectRoot } from '../common/paths';
import { loadConfig } from '../config';
import { connectDatabase } from '../app';
import type { Database } from '../app';
import { resolveNeo4j } from '../db/connection';
import type { Neo4jTarget } from '../db/connection';
import { WriteInReadModeError } from '../db/map-error';
import { ServiceUnavailableError } from '../errors';
import { stopOnSignals } from '../local-neo4j';
import { USAGE, UsageError, mergeParams, paramNotes, parseCypherArgs } from './cypher-args';
import type { CypherArgs } from './cypher-args';
import { createFormatter, summaryLine } from './cypher-format';
import { HeaderError, parseHeader, statementOf } from './cypher-header';
import type { CypherHeader } from './cypher-header';
import { resolveQuery } from './cypher-source';

const say = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** stdout closed by its reader (`| head`): stop quietly, as Unix tools do. */
class OutputClosedError extends Error {
  override name = 'OutputClosedError';
}

/**
 * Writes to stdout and waits when its buffer is full, so a slow reader slows the fetch from
 * Neo4j instead of the rows piling up in memory.
 */
class Output {
  private failure: Error | undefined;

  constructor(private readonly stream: NodeJS.WriteStream) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      this.failure = error.code === 'EPIPE' ? new OutputClosedError() : error;
    });
  }

  async write(text: string): Promise<void> {
    this.check();
    if (text === '' || this.stream.write(text)) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        this.stream.off('drain', done);
        this.stream.off('close', done);
        resolve();
      };
      this.stream.once('drain', done).once('close', done);
    });
    this.check();
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}

interface Statement {
  readonly text: string;
  readonly params: Record<string, unknown>;
  readonly notes: string[];
}

/** The header's defaults; a fault in a file's header names the file as well as the line. */
function headerOf(text: string, file: string | undefined): CypherHeader {
  try {
    return parseHeader(text);
  } catch (error) {
    if (error instanceof HeaderError && file !== undefined) throw new HeaderError(`${file}, ${error.message}`);
    throw error;
  }
}

/** Reads the file (or takes the inline text), its header defaults and the --param values. */
function prepareStatement(args: CypherArgs, root: string): Statement {
  const source = resolveQuery(args.query, {
    cwd: process.env.INIT_CWD ?? process.cwd(),
    examplesDir: path.join(root, 'cypher', 'examples'),
    exists: (file) => fs.existsSync(file) && fs.statSync(file).isFile(),
  });
  const text = source.kind === 'file' ? fs.readFileSync(source.path, 'utf8') : source.text;
  const header = headerOf(text, source.kind === 'file' ? source.path : undefined);
  return { text: statementOf(text), params: mergeParams(header.params, args.params), notes: paramNotes(header.params, args.params) };
}

async function run(args: CypherArgs): Promise<void> {
  const root = projectRoot();
  const statement = prepareStatement(args, root);
  statement.notes.forEach(say);
  const config = loadConfig();
  const target = await resolveNeo4j(config, { log: say });
  const removeSignalHandlers = target.local?.startedByUs ? stopOnSignals(target.local, { log: say }) : undefined;
  let database: Database | undefined;
  try {
    database = await connectDatabase(config, target.settings, { verifyApiQueries: false });
    const executor = database.executor;
    const formatter = createFormatter(args.format, { maxWidth: args.maxWidth });
    const output = new Output(process.stdout);
    const started = performance.now();
    const summary = await executor
      .stream(args.write ? 'WRITE' : 'READ', statement.text, statement.params, {
        columns: (keys) => output.write(formatter.start(keys)),
        row: (row) => output.write(formatter.row(row)),
      })
      .catch((error: unknown) => {
        throw explain(error, target);
      });
    await output.write(formatter.end());
    say(summaryLine(summary, performance.now() - started));
  } finally {
    await database?.close();
    removeSignalHandlers?.();
    // Stop the project's Neo4j only if this run started it; one found running stays up.
    if (target.local?.startedByUs) await target.local.stop();
  }
}

/** Adds what the researcher needs to know to the errors a query can end with. */
function explain(error: unknown, target: Neo4jTarget): unknown {
  if (error instanceof WriteInReadModeError) {
    return new Error(`Refused: the statement writes to the graph and the command is read-only; add --write to run it. (${error.neo4jMessage})`);
  }
  if (error instanceof ServiceUnavailableError) {
    return new Error(`Cannot use Neo4j at ${target.settings.uri}: ${error.message} Check NEO4J_URI and NEO4J_PASSWORD.`);
  }
  if (error instanceof Neo4jError) {
    const first = error.message.split('\n')[0] ?? error.message;
    const hint = error.code === 'Neo.ClientError.Statement.ParameterMissing' ? ' Pass it with --param name=value.' : '';
    return new Error(`${first} [${error.code}]${hint}`);
  }
  return error;
}

/** The first line of an error's message: the command promises one line. */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? message).trim();
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    const command = parseCypherArgs(argv);
    if (command.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    await run(command);
    return 0;
  } catch (error) {
    if (error instanceof OutputClosedError) return 0;
    say(`cypher: ${oneLine(error)}`);
    // 2 for a wrong command line, as shells' own tools do; 1 for anything that failed to run.
    return error instanceof UsageError ? 2 : 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
