/**
 * The command line of `npm run cypher`: what to run, with which parameters, in which format,
 * and whether it may write. Pure: no file or database is touched here.
 */
import type { Literal } from './cypher-literal';

export const OUTPUT_FORMATS = ['table', 'csv', 'json', 'jsonl'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The widest a table column grows by default before long values are cut with "…". */
export const DEFAULT_MAX_WIDTH = 80;

export interface CypherArgs {
  /** A path to a `.cypher` file or the Cypher text itself; see resolveQuery. */
  readonly query: string;
  /** `--param` values in the order given, still as typed (see parseParamValue). */
  readonly params: ReadonlyArray<{ readonly name: string; readonly raw: string }>;
  readonly format: OutputFormat;
  readonly write: boolean;
  /** Widest table column in characters; 0: no limit. */
  readonly maxWidth: number;
}

export type CypherCommand = { readonly help: true } | ({ readonly help: false } & CypherArgs);

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: npm run cypher -- <file.cypher | 'inline query'> [options]

Runs one Cypher statement against the configured Neo4j (NEO4J_URI), or the project's own
(started for the run if it is not running), and prints its rows on stdout; the elapsed time
and the row count go to stderr.

Options:
  --param, -p name=value   a query parameter; value is read as JSON when it parses
                           (42, true, ["36.04"], "36.04"), otherwise as text (Banyuwangi).
                           A parameter the file declares with a text default is always
                           text: --param code=36.04 passes "36.04". Overrides the
                           defaults a file declares with "// :param name => value".
  --format, -f table|csv|json|jsonl
                           table (default): aligned columns, sized from the first 200
                           rows; csv: RFC 4180; json: one array; jsonl: one object a line
  --max-width N            widest table column (default ${DEFAULT_MAX_WIDTH}; 0: no limit)
  --write                  allow the statement to write (the session is read-only otherwise)
  --help, -h               this text

A file is looked up as given, then in cypher/examples/ (mou-network.cypher).
Examples:
  npm run cypher -- cypher/examples/mou-network.cypher
  npm run cypher -- officials-by-government.cypher --param governmentCode=35.10 --format csv
  npm run -s cypher -- 'MATCH (v:Village) RETURN v.code, v.name' --format csv > villages.csv
(-s keeps npm's own "> daerah-graph cypher" lines off stdout when it goes to a file.)`;

function takeValue(argv: readonly string[], i: number, flag: string): string {
  const value = argv[i + 1];
  if (value === undefined) throw new UsageError(`${flag} needs a value.`);
  return value;
}

function readFormat(value: string): OutputFormat {
  const format = OUTPUT_FORMATS.find((f) => f === value.toLowerCase());
  if (!format) throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}, not "${value}".`);
  return format;
}

function readParam(value: string): { name: string; raw: string } {
  const eq = value.indexOf('=');
  const name = eq < 0 ? value : value.slice(0, eq);
  if (eq < 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw new UsageError(`--param takes name=value (a Cypher parameter name, then "="), not "${value}".`);
  }
  return { name, raw: value.slice(eq + 1) };
}

function readWidth(value: string): number {
  const width = Number(value);
  if (!Number.isInteger(width) || width < 0 || (width > 0 && width < 4)) {
    throw new UsageError(`--max-width must be 0 (no limit) or a whole number of at least 4, not "${value}".`);
  }
  return width;
}

/** Splits `--flag=value` into flag and value; other arguments pass unchanged. */
function splitInline(arg: string): [string, string | undefined] {
  if (!arg.startsWith('--')) return [arg, undefined];
  const eq = arg.indexOf('=');
  return eq < 0 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}

/** Parses the arguments after `npm run cypher --`; throws UsageError with a full sentence. */
export function parseCypherArgs(argv: readonly string[]): CypherCommand {
  const params: Array<{ name: string; raw: string }> = [];
  const positional: string[] = [];
  let format: OutputFormat = 'table';
  let write = false;
  let maxWidth = DEFAULT_MAX_WIDTH;
  let onlyPositional = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (onlyPositional || !arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [flag, inline] = splitInline(arg);
    const value = (): string => {
      if (inline !== undefined) return inline;
      i += 1;
      return takeValue(argv, i - 1, flag);
    };
    switch (flag) {
      case '--':
        onlyPositional = true;
        break;
      case '--help':
      case '-h':
        return { help: true };
      case '--param':
      case '-p':
        params.push(readParam(value()));
        break;
      case '--format':
      case '-f':
        format = readFormat(value());
        break;
      case '--max-width':
        maxWidth = readWidth(value());
        break;
      case '--write':
        if (inline !== undefined) throw new UsageError('--write takes no value.');
        write = true;
        break;
      default:
        throw new UsageError(`Unknown option "${flag}"; see --help.`);
    }
  }
  if (positional.length === 0) throw new UsageError('Give a .cypher file or a query in quotes; see --help.');
  if (positional.length > 1) {
    throw new UsageError(`Give one file or one query in quotes, not ${positional.length} arguments ("${positional.join('", "')}").`);
  }
  return { help: false, query: positional[0] as string, params, format, write, maxWidth };
}

/**
 * A `--param` value: JSON when it parses (numbers, booleans, null, lists, maps, quoted
 * strings), otherwise the text as typed. When the file declares the parameter with a text
 * default, the value is text whatever it looks like: a code such as 35.10 read as the number
 * 35.1 would match nothing.
 */
export function parseParamValue(raw: string, declared?: Literal): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return raw;
  }
  if (typeof declared === 'string' && typeof parsed !== 'string') return raw;
  return parsed;
}

/** The parameters to send: the file's defaults, overridden by `--param` values. */
export function mergeParams(
  defaults: Readonly<Record<string, Literal>>,
  given: ReadonlyArray<{ readonly name: string; readonly raw: string }>,
): Record<string, unknown> {
  const params: Record<string, unknown> = { ...defaults };
  for (const { name, raw } of given) params[name] = parseParamValue(raw, defaults[name]);
  return params;
}

/**
 * Notes for stderr about `--param` values that are probably not what was meant: a name the
 * file does not declare (a typo passes silently otherwise), and a value such as 36.04 sent
 * as a number where a region code would be text.
 */
export function paramNotes(
  defaults: Readonly<Record<string, Literal>>,
  given: ReadonlyArray<{ readonly name: string; readonly raw: string }>,
): string[] {
  const declared = Object.keys(defaults);
  const notes: string[] = [];
  for (const { name, raw } of given) {
    if (declared.length > 0 && !declared.includes(name)) {
      notes.push(`Note: the file declares no parameter $${name} (it declares ${declared.map((d) => `$${d}`).join(', ')}).`);
    }
    if (/^\d+\.\d+$/.test(raw.trim()) && typeof parseParamValue(raw, defaults[name]) === 'number') {
      notes.push(`Note: $${name} is sent as the number ${Number(raw)}; for text such as a region code, quote it: ${name}='"${raw.trim()}"'.`);
    }
  }
  return notes;
}
