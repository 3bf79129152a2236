/**
 * Reads the literal values a Neo4j Browser `:param name => value` line may carry: strings
 * ('...' or "..."), numbers, true, false, null, lists and maps. Function calls such as
 * date('2017-03-22') are refused with a message, since evaluating them needs a server.
 */

/** A value as written in a `:param` line. Whole numbers reach Neo4j as Integers (toNeo4jParams). */
export type Literal = null | boolean | number | string | Literal[] | { [key: string]: Literal };

export class LiteralError extends Error {
  override name = 'LiteralError';
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '\\': '\\', "'": "'", '"': '"' };

class Reader {
  private at = 0;

  constructor(private readonly text: string) {}

  parseAll(): Literal {
    const value = this.value();
    this.skipSpace();
    if (this.at < this.text.length) this.fail(`unexpected "${this.text.slice(this.at, this.at + 12)}"`);
    return value;
  }

  private value(): Literal {
    this.skipSpace();
    const c = this.text[this.at];
    if (c === undefined) return this.fail('a value is missing');
    if (c === "'" || c === '"') return this.string(c);
    if (c === '[') return this.list();
    if (c === '{') return this.map();
    if (c === '-' || c === '.' || (c >= '0' && c <= '9')) return this.number();
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.at))?.[0] ?? '';
    const lower = word.toLowerCase();
    if (lower === 'true' || lower === 'false' || lower === 'null') {
      this.at += word.length;
      return lower === 'null' ? null : lower === 'true';
    }
    if (word !== '') {
      return this.fail(`"${word}" is not a literal (only strings, numbers, booleans, null, lists and maps can be read without a server)`);
    }
    return this.fail(`unexpected "${c}"`);
  }

  private string(quote: string): string {
    let out = '';
    this.at += 1;
    while (this.at < this.text.length) {
      const c = this.text[this.at] as string;
      if (c === quote) {
        this.at += 1;
        return out;
      }
      if (c === '\\') {
        const next = this.text[this.at + 1] ?? '';
        if (next === 'u') {
          const hex = this.text.slice(this.at + 2, this.at + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail(`bad escape "\\u${hex}"`);
          out += String.fromCharCode(parseInt(hex, 16));
          this.at += 6;
          continue;
        }
        const escaped = ESCAPES[next];
        if (escaped === undefined) this.fail(`bad escape "\\${next}"`);
        out += escaped;
        this.at += 2;
        continue;
      }
      out += c;
      this.at += 1;
    }
    return this.fail('a string is not closed');
  }

  private number(): number {
    const match = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(this.text.slice(this.at));
    if (!match) return this.fail('a number is malformed');
    this.at += match[0].length;
    const value = Number(match[0]);
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) this.fail(`${match[0]} is too large to be read exactly`);
    return value;
  }

  private list(): Literal[] {
    this.at += 1;
    const items: Literal[] = [];
    this.skipSpace();
    if (this.text[this.at] === ']') {
      this.at += 1;
      return items;
    }
    for (;;) {
      items.push(this.value());
      this.skipSpace();
      const c = this.text[this.at];
      this.at += 1;
      if (c === ']') return items;
      if (c !== ',') return this.fail('a list needs "," between items and "]" at its end');
    }
  }

  private map(): { [key: string]: Literal } {
    this.at += 1;
    const out: { [key: string]: Literal } = {};
    this.skipSpace();
    if (this.text[this.at] === '}') {
      this.at += 1;
      return out;
    }
    for (;;) {
      this.skipSpace();
      const key = this.key();
      this.skipSpace();
      if (this.text[this.at] !== ':') this.fail(`a ":" must follow the key "${key}"`);
      this.at += 1;
      out[key] = this.value();
      this.skipSpace();
      const c = this.text[this.at];
      this.at += 1;
      if (c === '}') return out;
      if (c !== ',') return this.fail('a map needs "," between entries and "}" at its end');
    }
  }

  private key(): string {
    const rest = this.text.slice(this.at);
    const quoted = /^`([^`]+)`/.exec(rest) ?? /^'([^']*)'/.exec(rest) ?? /^"([^"]*)"/.exec(rest);
    const match = quoted ?? /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
    if (!match) return this.fail('a map key is missing');
    this.at += match[0].length;
    return match[1] ?? match[0];
  }

  private skipSpace(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at] as string)) this.at += 1;
  }

  private fail(reason: string): never {
    throw new LiteralError(`${reason} (at character ${this.at + 1} of ${JSON.stringify(this.text)})`);
  }
}

/** Parses one Cypher literal; throws LiteralError with the position of the fault. */
export function parseCypherLiteral(text: string): Literal {
  return new Reader(text).parseAll();
}
