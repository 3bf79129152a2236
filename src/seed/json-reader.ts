/**
 * Reads typed fields out of parsed JSON and records, for each wrong one, a problem naming
 * its path ("relationships[3].onBehalfOf"). Reading goes on after a problem, so a curator
 * sees every mistake of a file at once; callers check `problems` at the end.
 */
export type JsonObject = Readonly<Record<string, unknown>>;

import { KEY_FORMATS } from '../model/keys';

/** Lower-case slugs, as the API's `assertId` expects ("ratu-tatu-chasanah", "36.04-bappeda"). */
export const ID_PATTERN = KEY_FORMATS.slug.pattern;
export const REGENCY_CODE_PATTERN = KEY_FORMATS['regency-code'].pattern;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A real calendar date written YYYY-MM-DD ("2017-02-30" is refused). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export class JsonReader {
  private readonly seen = new Set<string>();

  private constructor(
    private readonly value: JsonObject,
    readonly path: string,
    readonly problems: string[],
  ) {}

  /** A reader for `value`, or null (with a problem) when it is not a JSON object. */
  static of(value: unknown, path: string, problems: string[]): JsonReader | null {
    if (isObject(value)) return new JsonReader(value, path, problems);
    problems.push(`${path || '(top level)'}: expected an object.`);
    return null;
  }

  at(name: string): string {
    return this.path ? `${this.path}.${name}` : name;
  }

  problem(name: string, message: string): void {
    this.problems.push(`${this.at(name)}: ${message}`);
  }

  private raw(name: string): unknown {
    this.seen.add(name);
    return this.value[name];
  }

  /** The value as parsed, for a field that may take several shapes (the caller checks it). */
  untyped(name: string): unknown {
    return this.raw(name);
  }

  /** A required, non-empty string. */
  text(name: string): string {
    const value = this.raw(name);
    if (typeof value === 'string' && value.trim() !== '') return value;
    this.problem(name, value === undefined ? 'is missing.' : 'must be a non-empty string.');
    return '';
  }

  /** A non-empty string, or null when absent or null. */
  optionalText(name: string): string | null {
    const value = this.raw(name);
    if (value === undefined || value === null) return null;
    if (typeof value === 'string' && value.trim() !== '') return value;
    this.problem(name, 'must be a non-empty string or null.');
    return null;
  }

  /** A boolean; `fallback` when absent (required when no fallback is given). */
  flag(name: string, fallback?: boolean): boolean {
    const value = this.raw(name);
    if (typeof value === 'boolean') return value;
    if (value === undefined && fallback !== undefined) return fallback;
    this.problem(name, value === undefined ? 'is missing (true or false).' : 'must be true or false.');
    return false;
  }

  /** A boolean, or null when absent or null (not stated). */
  optionalFlag(name: string): boolean | null {
    const value = this.raw(name);
    if (value === undefined || value === null) return null;
    if (typeof value === 'boolean') return value;
    this.problem(name, 'must be true, false or null.');
    return null;
  }

  /** A year (1800–2200), or null when absent or null. */
  optionalYear(name: string): number | null {
    const value = this.raw(name);
    if (value === undefined || value === null) return null;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1800 && value <= 2200) return value;
    this.problem(name, 'must be a year such as 2016, or null.');
    return null;
  }

  /** A YYYY-MM-DD date, or null when absent or null. */
  optionalDate(name: string): string | null {
    const value = this.raw(name);
    if (value === undefined || value === null) return null;
    if (typeof value === 'string' && isIsoDate(value)) return value;
    this.problem(name, 'must be a date written YYYY-MM-DD, or null.');
    return null;
  }

  /** One of a fixed set of strings. */
  oneOf<T extends string>(name: string, values: readonly T[]): T {
    const value = this.raw(name);
    const found = values.find((allowed) => allowed === value);
    if (found !== undefined) return found;
    this.problem(name, `must be one of ${values.join(', ')}${value === undefined ? ' (it is missing)' : `, not ${JSON.stringify(value)}`}.`);
    return values[0] as T;
  }

  /** One of a fixed set of strings; `fallback` when absent or null. */
  optionalOneOf<T extends string, F extends T | null>(name: string, values: readonly T[], fallback: F): T | F {
    const value = this.raw(name);
    return value === undefined || value === null ? fallback : this.oneOf(name, values);
  }

  /** A slug id. */
  id(name: string): string {
    const value = this.text(name);
    if (value !== '' && !ID_PATTERN.test(value)) {
      this.problem(name, `"${value}" is not an id: use a lower-case slug such as "ratu-tatu-chasanah".`);
    }
    return value;
  }

  /** A regency or city code ("36.04"). Whether it exists is checked later, against the backbone. */
  regencyCode(name: string): string {
    const value = this.text(name);
    if (value !== '' && !REGENCY_CODE_PATTERN.test(value)) this.problem(name, `"${value}" is not a regency code such as "36.04".`);
    return value;
  }

  /** Like regencyCode, but null when absent or null. */
  optionalRegencyCode(name: string): string | null {
    const value = this.raw(name);
    if (value === undefined || value === null) return null;
    return this.regencyCode(name);
  }

  /** Readers for each element of a required list of objects. */
  objects(name: string): JsonReader[] {
    const value = this.raw(name);
    if (!Array.isArray(value)) {
      this.problem(name, value === undefined ? 'is missing (use [] for none).' : 'must be a list.');
      return [];
    }
    const readers: JsonReader[] = [];
    value.forEach((item: unknown, index) => {
      const reader = JsonReader.of(item, `${this.at(name)}[${index}]`, this.problems);
      if (reader) readers.push(reader);
    });
    return readers;
  }

  /** A reader for a required nested object. */
  child(name: string): JsonReader | null {
    const value = this.raw(name);
    if (value === undefined) {
      this.problem(name, 'is missing.');
      return null;
    }
    return JsonReader.of(value, this.at(name), this.problems);
  }

  /** A reader for an optional nested object, or null when absent or null. */
  optionalChild(name: string): JsonReader | null {
    const value = this.raw(name);
    return value === undefined || value === null ? null : JsonReader.of(value, this.at(name), this.problems);
  }

  /** The names of the object's fields, in the file's order. */
  keys(): string[] {
    return Object.keys(this.value);
  }

  /** A map of strings to non-empty strings ({} when absent). */
  textMap(name: string): Record<string, string> {
    const value = this.raw(name);
    if (value === undefined) return {};
    const out: Record<string, string> = {};
    if (!isObject(value)) {
      this.problem(name, 'must be an object of strings.');
      return out;
    }
    for (const [key, text] of Object.entries(value)) {
      if (typeof text === 'string' && text.trim() !== '') out[key] = text;
      else this.problem(`${name}.${key}`, 'must be a non-empty string.');
    }
    return out;
  }

  /** Records a problem for every field that was never read: most often a misspelt name. */
  finish(): void {
    for (const key of Object.keys(this.value)) {
      if (!this.seen.has(key)) this.problem(key, 'is not a known field (misspelt?).');
    }
  }
}
