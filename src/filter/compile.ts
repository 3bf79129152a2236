import { MAX_NEAR_KM } from '../common/geo';
import type { NearFilter } from '../common/geo';
import { BadUserInputError } from '../errors';
import { foldText, nameFilter } from '../common/normalize';
import { isKey, KEY_FORMATS } from '../model/keys';
import type { KeyCopy, KeyFormat } from '../model';
import type { DateFilter, IdFilter, IntFilter, ListFilterShape, TextFilter } from './inputs';
import { SortDirection } from './inputs';
import type { EntitySpec, FieldSpec, SortSpec } from './spec';

/** Collects parameter values while compiling, naming them $w0, $w1, ... */
export class ParamBag {
  readonly values: Record<string, unknown> = {};
  private next = 0;
  private nextVar = 0;

  add(value: unknown): string {
    const name = `w${this.next++}`;
    this.values[name] = value;
    return `$${name}`;
  }

  variable(): string {
    return `m${this.nextVar++}`;
  }
}

type WhereInput = { AND?: WhereInput[] | null; OR?: WhereInput[] | null; NOT?: WhereInput | null; [field: string]: unknown };

/** Maximum nesting of AND/OR/NOT and relationship conditions in one `where`. */
const MAX_WHERE_DEPTH = 8;

/**
 * Compiles a `where` input into a Cypher boolean expression over variable `v`, with values
 * in `bag`. An empty or absent where compiles to `true`.
 */
export function compileWhere(spec: EntitySpec, where: WhereInput | null | undefined, v: string, bag: ParamBag, depth = 0): string {
  if (!where) return 'true';
  if (depth > MAX_WHERE_DEPTH) {
    throw new BadUserInputError(`The where argument nests deeper than ${MAX_WHERE_DEPTH} levels.`, 'where');
  }
  const parts: string[] = [];
  for (const [field, value] of Object.entries(where)) {
    if (value === undefined || value === null) continue;
    if (field === 'AND' || field === 'OR') {
      const list = (value as WhereInput[]).map((w) => compileWhere(spec, w, v, bag, depth + 1));
      if (list.length > 0) parts.push(`(${list.join(field === 'AND' ? ' AND ' : ' OR ')})`);
      else if (field === 'OR') parts.push('false');
      continue;
    }
    if (field === 'NOT') {
      parts.push(`NOT (${compileWhere(spec, value as WhereInput, v, bag, depth + 1)})`);
      continue;
    }
    const fieldSpec = spec.fields[field];
    if (!fieldSpec) throw new Error(`No filter spec for ${spec.label}.${field}: the where input and its spec disagree.`);
    parts.push(...compileField(spec, fieldSpec, value, v, bag, depth));
  }
  return parts.length === 0 ? 'true' : parts.join(' AND ');
}

function compileField(entity: EntitySpec, spec: FieldSpec, value: unknown, v: string, bag: ParamBag, depth: number): string[] {
  switch (spec.kind) {
    case 'id': {
      const { keyOf } = spec;
      if (!keyOf) return idConditions(`${v}.${spec.property}`, value as IdFilter, bag);
      return operators(value as IdFilter).flatMap((condition) => viaKeyCopy(entity, keyOf, condition, v, bag));
    }
    case 'enum':
      return idConditions(`${v}.${spec.property}`, value as IdFilter, bag);
    case 'text':
      return textConditions(spec, v, value as TextFilter, bag);
    case 'int':
      return comparisons(spec.expression.replace(/\$from/g, v), value as IntFilter, bag, (p) => p);
    case 'date':
      return comparisons(`${v}.${spec.property}`, value as DateFilter, bag, (p) => `date(${p})`);
    case 'bool':
      return [`coalesce(${v}.${spec.property}, false) = ${bag.add(value)}`];
    case 'near':
      return [nearCondition(`${v}.${spec.property}`, value as NearFilter, bag)];
    case 'one': {
      const known = spec.keyOf ? keyCondition(spec.target(), value as WhereInput) : null;
      if (spec.keyOf && known) return viaKeyCopy(entity, spec.keyOf, known, v, bag);
      const to = bag.variable();
      const inner = compileWhere(spec.target(), value as WhereInput, to, bag, depth + 1);
      return [`EXISTS { MATCH ${pattern(spec.pattern, v, to)} WHERE ${inner} }`];
    }
    case 'many':
      return listConditions(spec, value as ListFilterShape<WhereInput>, v, bag, depth);
  }
}

/**
 * A condition on an entity's key and nothing else: one operator of an IdFilter, or `nothing`
 * when no key can match (a regency "code" that is not in the regency format).
 */
type KeyCondition = { readonly eq: string } | { readonly in: readonly string[] } | { readonly startsWith: string } | 'nothing';

/** The operators of an IdFilter, each on its own, in the order idConditions writes them. */
function operators(filter: IdFilter): KeyCondition[] {
  const conditions: KeyCondition[] = [];
  if (filter.eq != null) conditions.push({ eq: filter.eq });
  if (filter.in != null) conditions.push({ in: filter.in });
  if (filter.startsWith != null) conditions.push({ startsWith: filter.startsWith });
  return conditions;
}

/**
 * What a where over an entity says about its key, when it says nothing else:
 * `{ code: { eq: '36.04' } }`, or through codes that nest, `{ regency: { province: { code: { eq: '36' } } } }`
 * of a district is `{ startsWith: '36.' }`. Null when the where says more (then the relationship is walked).
 */
function keyCondition(spec: EntitySpec, where: WhereInput): KeyCondition | null {
  const given = Object.entries(where).filter(([, value]) => value !== undefined && value !== null);
  if (given.length !== 1) return null;
  const [field, value] = given[0];
  const fieldSpec = spec.fields[field];
  if (fieldSpec?.kind === 'id') {
    const [condition, ...more] = operators(value as IdFilter);
    if (!condition || more.length > 0) return null;
    if (fieldSpec.property === spec.key.property) return condition;
    return fieldSpec.keyOf?.nests ? nest(condition, fieldSpec.keyOf.format) : null;
  }
  if (fieldSpec?.kind === 'one' && fieldSpec.keyOf?.nests) {
    const condition = keyCondition(fieldSpec.target(), value as WhereInput);
    return condition && nest(condition, fieldSpec.keyOf.format);
  }
  return null;
}

/**
 * A condition on a parent's key as one on the key of a child whose code nests it (the child's
 * code is the parent's, a dot, and more): a parent code becomes a prefix, a prefix stays one
 * where it fits inside a parent code. Null for a list of codes, which is no one range.
 */
function nest(condition: KeyCondition, parent: KeyFormat): KeyCondition | null {
  if (condition === 'nothing') return condition;
  if ('eq' in condition) return isKey(parent, condition.eq) ? { startsWith: `${condition.eq}.` } : 'nothing';
  if ('startsWith' in condition) return condition.startsWith.length <= (KEY_FORMATS[parent].length ?? 0) ? condition : 'nothing';
  return null;
}

/**
 * A condition on the key of a related node that this node holds a copy of: a range of the
 * node's own code where the codes nest (read from the code's index, in code order), else on
 * the copy itself. Either way the relationship is not walked.
 */
function viaKeyCopy(entity: EntitySpec, copy: KeyCopy, condition: KeyCondition, v: string, bag: ParamBag): string[] {
  const nested = copy.nests ? nest(condition, copy.format) : null;
  const [on, expression] = nested ? [nested, `${v}.${entity.key.property}`] : [condition, `${v}.${copy.property}`];
  return on === 'nothing' ? ['false'] : idConditions(expression, on, bag);
}

/**
 * A point within a radius. Written as `point.distance(property, point) <= metres` so that
 * Neo4j answers it from the point index (a distance seek) instead of reading every node.
 */
function nearCondition(property: string, near: NearFilter, bag: ParamBag): string {
  const { latitude, longitude, km } = near;
  if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
    throw new BadUserInputError(`near: (${latitude}, ${longitude}) is not a place on the earth: latitude is -90 to 90, longitude -180 to 180.`, 'where');
  }
  if (!(km >= 0 && km <= MAX_NEAR_KM)) throw new BadUserInputError(`near: km must be from 0 to ${MAX_NEAR_KM}, but it is ${km}.`, 'where');
  return `point.distance(${property}, point({latitude: ${bag.add(latitude)}, longitude: ${bag.add(longitude)}})) <= ${bag.add(km * 1000)}`;
}

function pattern(template: string, from: string, to: string): string {
  return template.replace(/\$from/g, from).replace(/\$to/g, to);
}

function idConditions(expression: string, filter: Partial<Record<keyof IdFilter, unknown>>, bag: ParamBag): string[] {
  const parts: string[] = [];
  if (filter.eq != null) parts.push(`${expression} = ${bag.add(filter.eq)}`);
  if (filter.in != null) parts.push(`${expression} IN ${bag.add(filter.in)}`);
  if (filter.startsWith != null) parts.push(`${expression} STARTS WITH ${bag.add(filter.startsWith)}`);
  return parts;
}

function textConditions(spec: Extract<FieldSpec, { kind: 'text' }>, v: string, filter: TextFilter, bag: ParamBag): string[] {
  const lowered = `toLower(${v}.${spec.property})`;
  const parts: string[] = [];
  if (filter.eq != null) parts.push(`${lowered} = ${bag.add(filter.eq.toLowerCase())}`);
  if (filter.startsWith != null) parts.push(`${lowered} STARTS WITH ${bag.add(filter.startsWith.toLowerCase())}`);
  if (filter.contains != null) {
    // searchText is folded and has abbreviations expanded ("Kab." -> "kabupaten"); names without it are only lower-cased.
    parts.push(
      spec.searchText
        ? `${v}.searchText CONTAINS ${bag.add(nameFilter(filter.contains) ?? '')}`
        : `${lowered} CONTAINS ${bag.add(foldText(filter.contains))}`,
    );
  }
  return parts;
}

type Comparable = { eq?: unknown; in?: unknown[] | null; gt?: unknown; gte?: unknown; lt?: unknown; lte?: unknown };
const OPERATORS: ReadonlyArray<[keyof Comparable, string]> = [
  ['eq', '='],
  ['gt', '>'],
  ['gte', '>='],
  ['lt', '<'],
  ['lte', '<='],
];

function comparisons(expression: string, filter: Comparable, bag: ParamBag, wrap: (param: string) => string): string[] {
  const parts: string[] = [];
  for (const [operator, symbol] of OPERATORS) {
    const value = filter[operator];
    if (value !== undefined && value !== null) parts.push(`${expression} ${symbol} ${wrap(bag.add(value))}`);
  }
  if (filter.in != null) parts.push(`${expression} IN [x IN ${bag.add(filter.in)} | ${wrap('x')}]`);
  return parts;
}

function listConditions(spec: Extract<FieldSpec, { kind: 'many' }>, filter: ListFilterShape<WhereInput>, v: string, bag: ParamBag, depth: number): string[] {
  const parts: string[] = [];
  const exists = (where: WhereInput, negateInner: boolean): string => {
    const to = bag.variable();
    const inner = compileWhere(spec.target(), where, to, bag, depth + 1);
    return `EXISTS { MATCH ${pattern(spec.pattern, v, to)} WHERE ${negateInner ? `NOT (${inner})` : inner} }`;
  };
  if (filter.some) parts.push(exists(filter.some, false));
  if (filter.none) parts.push(`NOT ${exists(filter.none, false)}`);
  if (filter.all) parts.push(`NOT ${exists(filter.all, true)}`);
  if (filter.count) {
    const to = bag.variable();
    parts.push(...comparisons(`COUNT { MATCH ${pattern(spec.pattern, v, to)} }`, filter.count, bag, (p) => p));
  }
  return parts;
}

/** One `sort` entry as the API receives it. */
export interface SortInput {
  readonly field: string;
  readonly direction: SortDirection;
}

export interface CompiledSort {
  /** `ORDER BY` items over variable `n`. */
  readonly orderBy: string;
  /** A Cypher list of the sort values then the key: what a cursor records. */
  readonly sortKey: string;
  /** Keyset condition "after the cursor" (or `true` without one). */
  readonly after: string;
  /** Names the sort, so a cursor made under another sort is refused. */
  readonly signature: string;
}

/** Sentinels for missing values, so every row has a comparable sort value (missing sorts lowest). */
const LOWEST: Record<'string' | 'int' | 'date', string> = { string: "''", int: '-9007199254740991', date: "date('0001-01-01')" };

/**
 * Compiles `sort` into ORDER BY, the sort key a cursor records, and the keyset condition for
 * `after`: rows strictly after the cursor in (sort values..., key) order. Ties are broken by
 * the unique key, so paging under any sort sees every row exactly once. `backward` (a page
 * read with `last`/`before`) reverses every column: the rows strictly before the cursor,
 * nearest first. The cursor and the signature are the same either way, so an endCursor
 * serves as `before` and a startCursor as `after`.
 */
export function compileSort(
  spec: SortSpec,
  sort: readonly SortInput[] | null | undefined,
  cursor: unknown[] | null,
  v: string,
  bag: ParamBag,
  backward = false,
): CompiledSort {
  const chosen = sort && sort.length > 0 ? sort : [{ field: spec.defaultField, direction: SortDirection.ASC }];
  const seen = new Set<string>();
  const columns = chosen.map((s) => {
    if (seen.has(s.field)) throw new BadUserInputError(`The sort names ${s.field} twice.`, 'sort');
    seen.add(s.field);
    const field = spec.fields[s.field];
    if (!field) throw new Error(`No sort spec for ${s.field}.`);
    const bare = field.expression.replace(/\$n/g, v);
    const expression = field.nullable ? `coalesce(${bare}, ${LOWEST[field.type]})` : bare;
    return { expression, type: field.type, descending: (s.direction === SortDirection.DESC) !== backward, bare: !field.nullable };
  });
  const key = spec.key.replace(/\$n/g, v);
  // The key breaks ties, unless it is sorted on already (it is unique, so nothing is left to break).
  const all = columns.some((c) => c.expression === key) ? columns : [...columns, { expression: key, type: 'string' as const, descending: backward, bare: true }];
  const signature = chosen.map((s) => `${s.field}:${s.direction}`).join(',');
  let after = 'true';
  if (cursor) {
    if (cursor.length !== all.length) {
      throw new BadUserInputError('The cursor was issued for another sort order; pass a cursor of a page sorted the same way.', backward ? 'before' : 'after');
    }
    const values = all.map((c, i) => (c.type === 'date' ? `date(${bag.add(cursor[i])})` : bag.add(cursor[i])));
    const alternatives = all.map((c, i) => {
      const equal = all.slice(0, i).map((p, j) => `${p.expression} = ${values[j]}`);
      return [...equal, `${c.expression} ${c.descending ? '<' : '>'} ${values[i]}`].join(' AND ');
    });
    after = `(${alternatives.map((a) => `(${a})`).join(' OR ')})`;
  }
  // Neo4j reads a page in index order (a LIMIT over an index scan, not a sort of every node)
  // only when a predicate on the first sort key lets it use that key's index; a key that is
  // never null loses nothing by saying so.
  const first = all[0];
  if (first?.bare) after = after === 'true' ? `${first.expression} IS NOT NULL` : `${first.expression} IS NOT NULL AND ${after}`;
  return {
    orderBy: all.map((c) => `${c.expression}${c.descending ? ' DESC' : ''}`).join(', '),
    sortKey: `[${all.map((c) => c.expression).join(', ')}]`,
    after,
    signature,
  };
}
