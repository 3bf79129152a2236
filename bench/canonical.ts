/**
 * Makes the answers of the three servers comparable. Each question turns each server's answer
 * into the same canonical shape (its own field names mapped to shared ones); `canonical` then
 * removes what may differ without the data differing: list order, object key order, Neo4j
 * Integers against JS numbers, float noise. `diff` lists what still differs.
 */

export type Canonical = null | boolean | number | string | Canonical[] | { [key: string]: Canonical };

/** Digits kept of a non-integer number (full-text scores): enough to tell real differences. */
const FLOAT_DIGITS = 6;

function isNeo4jInteger(value: object): value is { low: number; high: number; toNumber(): number } {
  return 'low' in value && 'high' in value && typeof (value as { toNumber?: unknown }).toNumber === 'function';
}

/** The key a list element is sorted by: its `code`, `id` or `key` when it has one, else its JSON. */
function sortKey(value: Canonical): string {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const field of ['code', 'id', 'key']) {
      const key = value[field];
      if (typeof key === 'string' || typeof key === 'number') return `${String(key)}\u0000${JSON.stringify(value)}`;
    }
  }
  return JSON.stringify(value);
}

/**
 * The canonical form of a value: keys sorted, lists sorted (by `code`/`id`/`key`, else by
 * content), `undefined` dropped, Neo4j Integers and bigints made numbers, floats rounded.
 * Lists are compared as sets with repeats, so a question whose order matters must encode it
 * in the values (e.g. a path as one string).
 */
export function canonical(value: unknown): Canonical {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value : Number(value.toPrecision(FLOAT_DIGITS));
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) {
    return value
      .map(canonical)
      .map((item) => ({ item, key: sortKey(item) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map(({ item }) => item);
  }
  if (typeof value === 'object') {
    if (isNeo4jInteger(value)) return value.toNumber();
    const out: { [key: string]: Canonical } = {};
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) out[key] = canonical(item);
    }
    return out;
  }
  return String(value);
}

/** One place where two canonical answers differ. */
export interface Difference {
  /** JSONPath-like: `$.regencies[3].districts[0].name`. */
  readonly path: string;
  readonly left: string;
  readonly right: string;
}

function show(value: Canonical | undefined): string {
  if (value === undefined) return '(missing)';
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

function kind(value: Canonical): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  return typeof value;
}

/** The differences between two canonical values, depth first, at most `limit` of them. */
export function diff(left: Canonical, right: Canonical, limit = 20): Difference[] {
  const out: Difference[] = [];
  const walk = (a: Canonical | undefined, b: Canonical | undefined, path: string): void => {
    if (out.length >= limit) return;
    if (a === undefined || b === undefined || kind(a) !== kind(b)) {
      out.push({ path, left: show(a), right: show(b) });
      return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) out.push({ path: `${path}.length`, left: String(a.length), right: String(b.length) });
      for (let i = 0; i < Math.max(a.length, b.length); i += 1) walk(a[i], b[i], `${path}[${i}]`);
      return;
    }
    if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
      const objA = a as { [key: string]: Canonical };
      const objB = b as { [key: string]: Canonical };
      const keys = [...new Set([...Object.keys(objA), ...Object.keys(objB)])].sort();
      for (const key of keys) walk(objA[key], objB[key], `${path}.${key}`);
      return;
    }
    if (a !== b) out.push({ path, left: show(a), right: show(b) });
  };
  walk(left, right, '$');
  return out;
}

/** The differences as lines for the console: `path: left=... right=...`. */
export function formatDiff(leftName: string, rightName: string, differences: readonly Difference[]): string {
  return differences.map((d) => `  ${d.path}: ${leftName}=${d.left}  ${rightName}=${d.right}`).join('\n');
}
