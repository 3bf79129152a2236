import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { BadUserInputError } from '../errors';

/** Relay's page info; cursors are opaque keyset positions, never offsets. */
@ObjectType({ simpleResolvers: true, description: 'Where this page sits in the whole list.' })
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size (at most the server maximum, 100 by default).' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' })
  after?: string | null;
}

/** A validated page request: the size and the key to start after (null: from the start). */
export interface Page {
  readonly limit: number;
  readonly after: string | null;
}

/**
 * Cursors encode the sort key of an edge (here the unique code or id), so the next page is
 * "key > cursor": stable when rows are added, and one index seek instead of skipping rows.
 */
export function encodeCursor(key: string): string {
  return packCursor(['k', key]);
}

export function decodeCursor(cursor: string): string {
  const value = unpackCursor(cursor, (v) => v.length === 2 && v[0] === 'k' && typeof v[1] === 'string');
  return value[1] as string;
}

/** A cursor's wire form: a JSON array in base64url, opaque to clients. */
export function packCursor(value: unknown[]): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/** Reads a cursor back, refusing (BAD_USER_INPUT) anything this API did not issue in that shape. */
export function unpackCursor(cursor: string, isShape: (value: unknown[]) => boolean): unknown[] {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (!Array.isArray(value) || !isShape(value)) {
    throw new BadUserInputError(`The cursor "${cursor}" is not one this API issued; pass the endCursor of a previous page.`, 'after');
  }
  return value;
}

/** The one check of every `first` argument: a whole number from `min` to the server's maximum. */
export function assertPageSize(first: number, maxPageSize: number, min = 0): number {
  if (!Number.isInteger(first) || first < min || first > maxPageSize) {
    throw new BadUserInputError(`"first" must be from ${min} to ${maxPageSize}, but it is ${first}.`, 'first');
  }
  return first;
}

/** Checks the page arguments against the server's maximum page size. */
export function toPage(args: PageArgs, maxPageSize: number): Page {
  assertPageSize(args.first, maxPageSize);
  return { limit: args.first, after: args.after ? decodeCursor(args.after) : null };
}

/** What a repository returns for one page: one row more than asked tells there is a next page. */
export interface PageRows<T> {
  readonly totalCount: number;
  readonly nodes: readonly T[];
}

export interface ConnectionShape<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * An edge whose cursor is encoded only when a client asks for it: most nested pages are read
 * for their nodes, and encoding thousands of unused cursors showed up in the profile.
 */
class KeyEdge<T> {
  constructor(
    readonly node: T,
    private readonly key: string,
  ) {}

  get cursor(): string {
    return encodeCursor(this.key);
  }
}

/** Turns a page of rows (fetched with limit + 1) into a connection. */
export function toConnection<T>(rows: PageRows<T>, page: Page, keyOf: (node: T) => string): ConnectionShape<T> {
  const hasNextPage = rows.nodes.length > page.limit;
  const nodes = hasNextPage ? rows.nodes.slice(0, page.limit) : rows.nodes;
  const edges = nodes.map((node) => new KeyEdge(node, keyOf(node)));
  return {
    edges,
    pageInfo: { hasNextPage, endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null },
    totalCount: rows.totalCount,
  };
}

