/**
 * The header of a researcher's `.cypher` file: the comment lines at its top. Lines of the
 * form `// :param name => value` declare a parameter and its default, written exactly as
 * one types it in the Neo4j Browser, so the same file serves the Browser and the command.
 */
import { LiteralError, parseCypherLiteral } from './cypher-literal';
import type { Literal } from './cypher-literal';

export interface CypherHeader {
  /** Parameters the header declares, with their defaults, in the order written. */
  readonly params: Readonly<Record<string, Literal>>;
  /** The text after "Question:" (up to the next blank comment line), or null. */
  readonly question: string | null;
}

export class HeaderError extends Error {
  override name = 'HeaderError';
}

const PARAM_LINE = /^\s*\/\/\s*:param\s+(.*)$/;
const PARAM_BODY = /^([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.*)$/;

/** The comment lines at the top of a file (blank lines allowed), without the `//`. */
function headerLines(text: string): Array<{ line: string; number: number }> {
  const out: Array<{ line: string; number: number }> = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (line.trim() === '') {
      out.push({ line: '', number: i + 1 });
      continue;
    }
    if (!line.trimStart().startsWith('//')) break;
    out.push({ line, number: i + 1 });
  }
  return out;
}

function readQuestion(comments: string[]): string | null {
  const start = comments.findIndex((c) => /^Question:/i.test(c));
  if (start < 0) return null;
  const parts: string[] = [(comments[start] as string).replace(/^Question:\s*/i, '')];
  for (const c of comments.slice(start + 1)) {
    if (c === '' || /^[A-Z][A-Za-z ]*:/.test(c)) break;
    parts.push(c);
  }
  return parts.join(' ').trim() || null;
}

/**
 * Reads the header of a `.cypher` file. A malformed `:param` line is an error naming its
 * line, rather than a default silently missing.
 */
export function parseHeader(text: string): CypherHeader {
  const params: Record<string, Literal> = {};
  const comments: string[] = [];
  for (const { line, number } of headerLines(text)) {
    const comment = line.replace(/^\s*\/\/\s?/, '').trimEnd();
    comments.push(comment.trim());
    const param = PARAM_LINE.exec(line);
    if (!param) continue;
    const body = PARAM_BODY.exec((param[1] as string).trim());
    if (!body) throw new HeaderError(`line ${number}: a parameter line reads ":param name => value", not "${line.trim()}".`);
    const [, name, value] = body as unknown as [string, string, string];
    try {
      params[name] = parseCypherLiteral(value);
    } catch (error) {
      if (error instanceof LiteralError) throw new HeaderError(`line ${number}: the default of $${name}: ${error.message}.`);
      throw error;
    }
  }
  return { params, question: readQuestion(comments) };
}

/**
 * The statement to send: the text without a final `;` (the Browser accepts one, the driver
 * does not) and without surrounding blank space.
 */
export function statementOf(text: string): string {
  return text.trim().replace(/;\s*$/, '').trimEnd();
}
