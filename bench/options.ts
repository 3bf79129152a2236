/**
 * Options of `npm run bench`, from flags (`npm run bench -- --duration 5 --questions Q1,Q2`)
 * or the environment (BENCH_DURATION=5); flags win. Read once, checked, with a sentence
 * naming the flag when a value is wrong.
 */
import path from 'node:path';
import { projectRoot } from '../src/common/paths';
import { SERVER_NAMES } from './questions';
import type { ServerName } from './questions';

export interface BenchOptions {
  /** Seconds of measured load per question, server and connection count. */
  readonly durationSeconds: number;
  /** Seconds of unmeasured load before each measurement (JIT, caches, connection pool). */
  readonly warmupSeconds: number;
  /** Concurrent connections of each measurement, e.g. [1, 16]. */
  readonly connections: readonly number[];
  /** Question ids to run; empty: all. */
  readonly questions: readonly string[];
  readonly servers: readonly ServerName[];
  /** Also measure a full seed on a scratch Neo4j. */
  readonly seed: boolean;
  /** Where the results are written (Markdown); null: not written. */
  readonly resultsFile: string | null;
  /** A remark on the run's conditions for RESULTS.md ("machine shared with test runs"); null: none. */
  readonly note: string | null;
  /**
   * Multiples of the synthetic curated layer for the cost curve (`--scale 1,10,100`); empty:
   * the head-to-head instead. See bench/cost-curve.ts.
   */
  readonly scales: readonly number[];
  readonly help: boolean;
}

export const USAGE = `Usage: npm run bench -- [options]   (each option also as an environment variable)
  --duration <s>        measured seconds per cell (BENCH_DURATION, default 10)
  --warmup <s>          unmeasured seconds before each cell (BENCH_WARMUP, default 3)
  --connections <list>  concurrent connections, e.g. 1,16 (BENCH_CONNECTIONS, default 1,16)
  --questions <list>    e.g. Q1,Q4 (BENCH_QUESTIONS, default all)
  --servers <list>      among ours,peer,floor (BENCH_SERVERS, default all three)
  --no-seed             skip the seed measurement (BENCH_SEED=false)
  --results <file>      where to write the results (BENCH_RESULTS, default bench/RESULTS.md)
  --no-results          print only, write nothing
  --note <text>         a remark on the run's conditions for the results file (BENCH_NOTE)
  --scale <list>        the cost curve instead: our API over a scratch Neo4j with N times a synthetic
                        curated layer, e.g. 1,10,100 (BENCH_SCALE); --questions picks, --note applies
  --help`;

export class BenchOptionError extends Error {
  override name = 'BenchOptionError';
}

type Env = Readonly<Record<string, string | undefined>>;

/** `--name value`, `--name=value` and `--flag` from argv, by name. */
function parseFlags(argv: readonly string[]): Map<string, string | true> {
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new BenchOptionError(`Unexpected argument "${arg}"; options start with --.\n${USAGE}`);
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (inline !== undefined) flags.set(name, inline);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) flags.set(name, argv[(i += 1)]);
    else flags.set(name, true);
  }
  return flags;
}

function seconds(raw: string, flag: string): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 3600) throw new BenchOptionError(`--${flag} must be a number of seconds from 0 to 3600, but it is "${raw}".`);
  return value;
}

function list(raw: string): string[] {
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const KNOWN = new Set(['duration', 'warmup', 'connections', 'questions', 'servers', 'seed', 'no-seed', 'results', 'no-results', 'note', 'scale', 'help']);

/** Builds the options from argv (without node and the script) and the environment; pure. */
export function parseOptions(argv: readonly string[], env: Env = process.env): BenchOptions {
  const flags = parseFlags(argv);
  for (const name of flags.keys()) if (!KNOWN.has(name)) throw new BenchOptionError(`Unknown option --${name}.\n${USAGE}`);
  const value = (flag: string, variable: string, fallback: string): string => {
    const given = flags.get(flag);
    if (given === true) throw new BenchOptionError(`--${flag} needs a value.`);
    return given ?? env[variable] ?? fallback;
  };

  const durationSeconds = seconds(value('duration', 'BENCH_DURATION', '10'), 'duration');
  if (durationSeconds < 1) throw new BenchOptionError('--duration must be at least 1 second.');
  const warmupSeconds = seconds(value('warmup', 'BENCH_WARMUP', '3'), 'warmup');

  const connections = list(value('connections', 'BENCH_CONNECTIONS', '1,16')).map((raw) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 1000) throw new BenchOptionError(`--connections must list whole numbers from 1 to 1000, but it has "${raw}".`);
    return n;
  });
  if (connections.length === 0) throw new BenchOptionError('--connections must list at least one number.');

  const questions = list(value('questions', 'BENCH_QUESTIONS', '')).map((id) => id.toUpperCase());
  const servers = list(value('servers', 'BENCH_SERVERS', SERVER_NAMES.join(','))).map((name) => {
    if (!(SERVER_NAMES as readonly string[]).includes(name)) throw new BenchOptionError(`--servers must list names among ${SERVER_NAMES.join(', ')}, but it has "${name}".`);
    return name as ServerName;
  });
  if (servers.length === 0) throw new BenchOptionError('--servers must list at least one server.');

  const scales = list(value('scale', 'BENCH_SCALE', '')).map((raw) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 1000) throw new BenchOptionError(`--scale must list whole numbers from 1 to 1000, but it has "${raw}".`);
    return n;
  });
  if (new Set(scales).size !== scales.length || scales.some((n, i) => i > 0 && n < scales[i - 1])) {
    throw new BenchOptionError('--scale must list each multiple once, smallest first (1,10,100): the curve adds to the layer as it goes.');
  }

  const seedRaw = flags.has('no-seed') ? 'false' : (env.BENCH_SEED ?? 'true');
  if (!/^(true|false|1|0|yes|no)$/i.test(seedRaw)) throw new BenchOptionError(`BENCH_SEED must be true or false, but it is "${seedRaw}".`);
  const resultsRaw = flags.has('no-results') ? null : value('results', 'BENCH_RESULTS', path.join('bench', 'RESULTS.md'));

  return {
    durationSeconds,
    warmupSeconds,
    connections,
    questions,
    servers,
    seed: /^(true|1|yes)$/i.test(seedRaw),
    resultsFile: resultsRaw === null ? null : path.resolve(projectRoot(), resultsRaw),
    note: value('note', 'BENCH_NOTE', '').trim() || null,
    scales,
    help: flags.has('help'),
  };
}
