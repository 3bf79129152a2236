import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { BadUserInputError } from '../errors';

/** Relay's page info; cursors are opaque keyset positions, never offsets. */
@ObjectType({ simpleResolvers: true, description: 'Where this page sits in the whole list.' })
export class PageInfo {
  @Field({ description: 'True when items follow this page: more to read with `after: endCursor` (with `before`: the item at `before` and beyond).' })
  hasNextPage!: boolean;
  @Field({ description: 'True when items precede this page: more to read with `last` and `before: startCursor` (with `after`: the item at `after` and before).' })
  hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of this page; null when it is empty.' }) startCursor!: string | null;
  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of this page; null when it is empty.' }) endCursor!: string | null;
}

/** Page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;

/** Relay's connection arguments: `first`/`after` read forwards, `last`/`before` backwards. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size, reading forwards from the start or from \`after\` (${DEFAULT_PAGE_SIZE} when neither first nor last is given; at most the server maximum, 100 by default).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of an edge (a previous page\'s endCursor): the page starts after it.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Page size, reading backwards from the end or from `before`; not with `first` or `after`.' })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of an edge (a later page\'s startCursor): the page ends before it; with `last`.' })
  before?: string | null;
}

/** A validated page request: its size, its direction and the cursor it starts from (null: from an end). */
export interface Page {
  readonly limit: number;
  readonly backward: boolean;
  /** `after` reading forwards, `before` reading backwards, as the client sent it. */
  readonly cursor: string | null;
}

/**
 * The one reading of connection arguments: `first`/`after` or `last`/`before`, never both
 * directions at once (Relay allows it; no client needs it, and it hides mistakes).
 */
export function pageOf(args: PageArgs, maxPageSize: number): Page {
  const backward = args.last != null || args.before != null;
  if (backward && (args.first != null || args.after != null)) {
    throw new BadUserInputError('Page forwards ("first", "after") or backwards ("last", "before"), not both at once.', args.first != null ? 'first' : 'after');
  }
  if (backward) return { limit: assertPageSize(args.last ?? DEFAULT_PAGE_SIZE, maxPageSize, 0, 'last'), backward, cursor: args.before ?? null };
  return { limit: assertPageSize(args.first ?? DEFAULT_PAGE_SIZE, maxPageSize), backward, cursor: args.after ?? null };
}

/** The argument a page's cursor came in, for error messages. */
export function cursorArgument(page: Page): 'after' | 'before' {
  return page.backward ? 'before' : 'after';
}

/**
 * Cursors encode the sort key of an edge (here the unique code or id), so the next page is
 * "key > cursor": stable when rows are added, and one index seek instead of skipping rows.
 */
export function encodeCursor(key: string): string {
  return packCursor(['k', key]);
}

export function decodeCursor(cursor: string, argumentName: string): string {
  const value = unpackCursor(cursor, (v) => v.length === 2 && v[0] === 'k' && typeof v[1] === 'string', argumentName);
  return value[1] as string;
}

/** A cursor's wire form: a JSON array in base64url, opaque to clients. */
export function packCursor(value: unknown[]): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/** Reads a cursor back, refusing (BAD_USER_INPUT) anything this API did not issue in that shape. */
export function unpackCursor(cursor: string, isShape: (value: unknown[]) => boolean, argumentName: string): unknown[] {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (!Array.isArray(value) || !isShape(value)) {
    throw new BadUserInputError(`The cursor "${cursor}" is not one this API issued; pass the endCursor or startCursor of a page.`, argumentName);
  }
  return value;
}

/** The one check of every page size (`first`, `last`): a whole number from `min` to the server's maximum. */
export function assertPageSize(size: number, maxPageSize: number, min = 0, argumentName = 'first'): number {
  if (!Number.isInteger(size) || size < min || size > maxPageSize) {
    throw new BadUserInputError(`"${argumentName}" must be from ${min} to ${maxPageSize}, but it is ${size}.`, argumentName);
  }
  return size;
}

/** A page of a list ordered by its key: the page request and the key its cursor names. */
export interface KeyPage extends Page {
  readonly key: string | null;
}

/** Checks the page arguments of a list in key order against the server's maximum page size. */
export function toPage(args: PageArgs, maxPageSize: number): KeyPage {
  const page = pageOf(args, maxPageSize);
  return { ...page, key: page.cursor ? decodeCursor(page.cursor, cursorArgument(page)) : null };
}

/** What a repository returns for one page: one row more than asked tells there is a next page. */
export interface PageRows<T> {
  readonly totalCount: number;
  readonly nodes: readonly T[];
}

export interface ConnectionShape<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * An edge whose cursor is encoded only when a client asks for it: most nested pages are read
 * for their nodes, and encoding thousands of unused cursors showed up in the profile.
 */
export class LazyEdge<T> {
  constructor(
    readonly node: T,
    private readonly encode: (node: T) => string,
  ) {}

  get cursor(): string {
    return this.encode(this.node);
  }
}

/**
 * Edges and page info from the rows a page read (at most limit + 1, in its reading order:
 * backwards for `last`): one row more than asked tells that more lie that way; a cursor the
 * page started from tells that rows lie the other way (at least the one it names).
 */
export function pageOfEdges<T, E extends { readonly cursor: string; readonly node: T }>(read: readonly E[], page: Page): { edges: E[]; nodes: T[]; pageInfo: PageInfo } {
  const more = read.length > page.limit;
  const kept = read.slice(0, page.limit);
  const edges = page.backward ? kept.reverse() : kept;
  const started = page.cursor !== null;
  const first = edges[0];
  const last = edges[edges.length - 1];
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: page.backward ? started : more,
      hasPreviousPage: page.backward ? more : started,
      // Read only when selected, as an edge's cursor is: most nested pages never ask.
      get startCursor() {
        return first ? first.cursor : null;
      },
      get endCursor() {
        return last ? last.cursor : null;
      },
    },
  };
}

/** Turns a page of rows (fetched with limit + 1, in reading order) into a connection. */
export function toConnection<T>(rows: PageRows<T>, page: Page, keyOf: (node: T) => string): ConnectionShape<T> {
  return { ...pageOfEdges(rows.nodes.map((node) => new LazyEdge(node, (n) => encodeCursor(keyOf(n)))), page), totalCount: rows.totalCount };
}

/**
 * A nested list's sort key: scalars compared in order, as Cypher compares lists, every part
 * ascending (a query sorting newest first negates the date), none null. Its cypher file
 * computes it as `sortKey` and pages on it through the {{page}} slot (src/common/batch.ts).
 */
export type SortKey = ReadonlyArray<string | number | boolean>;

/** A nested list's row: the item and the sort key its query computed (no GraphQL field reads it). */
export interface Sorted {
  readonly sortKey: SortKey;
}

const isSortKey = (value: unknown): value is SortKey =>
  Array.isArray(value) && value.length > 0 && value.every((part) => ['string', 'number', 'boolean'].includes(typeof part));

/** Cursors of nested lists carry their item's sort key (a tag apart from code-keyed cursors, so one is never taken for the other). */
export function encodeListCursor(key: SortKey): string {
  return packCursor(['l', key]);
}

export function decodeListCursor(cursor: string, argumentName: string): SortKey {
  return unpackCursor(cursor, (v) => v.length === 2 && v[0] === 'l' && isSortKey(v[1]), argumentName)[1] as SortKey;
}

/** A page of a nested list in its own order: the page request and the sort key its cursor names. */
export interface ListPage extends Page {
  readonly key: SortKey | null;
}

/** Checks the page arguments of a nested list against the server's maximum page size. */
export function toListPage(args: PageArgs, maxPageSize: number): ListPage {
  const page = pageOf(args, maxPageSize);
  return { ...page, key: page.cursor ? decodeListCursor(page.cursor, cursorArgument(page)) : null };
}

/** Orders two sort keys as Cypher orders lists: part by part, numbers by value, strings by character. */
export function compareSortKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * The page the {{page}} slot would read, taken from a list read whole and in its order: for a
 * list the API must still choose among after reading it (a government's positions, where
 * several sources give one post different holders), so that pages and totalCount count
 * what the client sees. Rows as for toListConnection: limit + 1, in reading order.
 */
export function pageInMemory<T extends Sorted>(items: readonly T[], page: ListPage): PageRows<T> {
  const { key } = page;
  const within = key === null ? items : items.filter((item) => (page.backward ? compareSortKeys(item.sortKey, key) < 0 : compareSortKeys(item.sortKey, key) > 0));
  const reading = page.backward ? [...within].reverse() : within;
  return { totalCount: items.length, nodes: reading.slice(0, page.limit + 1) };
}

/** Turns a page of a nested list (rows carrying their sortKey, read with limit + 1) into a connection. */
export function toListConnection<T extends Sorted>(rows: PageRows<T>, page: Page): ConnectionShape<T> {
  return { ...pageOfEdges(rows.nodes.map((node) => new LazyEdge(node, (n) => encodeListCursor(n.sortKey))), page), totalCount: rows.totalCount };
}
