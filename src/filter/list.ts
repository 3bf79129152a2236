import { BadUserInputError } from '../errors';
import { cursorArgument, LazyEdge, packCursor, pageOf, pageOfEdges, unpackCursor } from '../common/pagination';
import type { ConnectionShape, Page, PageArgs } from '../common/pagination';
import type { Executor, Params, Row } from '../db/executor';
import { listQuery } from '../db/queries';
import { compileSort, compileWhere, ParamBag } from './compile';
import type { SortInput } from './compile';
import { sortSpec, whereSpec } from './spec';
import type { EntitySpec, SortSpec } from './spec';

/** Everything a root list accepts: filters, sort and a page (forwards or backwards). */
export interface ListArgs extends PageArgs {
  readonly where?: object | null;
  readonly sort?: readonly SortInput[] | null;
  /** Parameters of the entity's own query (e.g. lookahead flags such as `withProvince`). */
  readonly params?: Params;
}

export interface ListSpec {
  readonly where: EntitySpec;
  readonly sort: SortSpec;
}

/** Cursors of sorted lists record the sort they were made under and the row's sort values. */
function encodeSortCursor(signature: string, values: unknown[]): string {
  return packCursor(['s', signature, values]);
}

function decodeSortCursor(cursor: string, signature: string, argumentName: string): unknown[] {
  const value = unpackCursor(cursor, (v) => v.length === 3 && v[0] === 's' && Array.isArray(v[2]), argumentName);
  if (value[1] !== signature) {
    throw new BadUserInputError('The cursor was issued for another sort order; pass a cursor of a page sorted the same way.', argumentName);
  }
  return value[2] as unknown[];
}

/** A root list page ready to run: its page, the filled slots of the list query and their parameters. */
export interface PreparedPage {
  readonly page: Page;
  readonly signature: string;
  readonly fragments: Readonly<Record<'where' | 'after' | 'orderBy' | 'sortKey', string>>;
  readonly params: Params;
}

/** Compiles a root list's where, sort and cursor into the slots {{where}}, {{after}}, {{orderBy}} and {{sortKey}}. */
export function prepareListPage(spec: ListSpec, args: ListArgs, maxPageSize: number): PreparedPage {
  const page = pageOf(args, maxPageSize);
  const bag = new ParamBag();
  const where = compileWhere(spec.where, args.where as Record<string, unknown> | null, 'n', bag);
  const probe = compileSort(spec.sort, args.sort, null, 'n', bag, page.backward);
  const cursor = page.cursor ? decodeSortCursor(page.cursor, probe.signature, cursorArgument(page)) : null;
  const sorted = cursor ? compileSort(spec.sort, args.sort, cursor, 'n', bag, page.backward) : probe;
  return {
    page,
    signature: sorted.signature,
    fragments: { where, after: sorted.after, orderBy: sorted.orderBy, sortKey: sorted.sortKey },
    params: { ...args.params, ...bag.values, limit: page.limit + 1 },
  };
}

/** The connection of a list query's one row (`totalCount`, `nodes` each with its `sortKey`). */
export function connectionOfRow<T extends object>(row: Row | undefined, prepared: PreparedPage): ConnectionShape<T> {
  const nodes = (row?.nodes ?? []) as unknown as Array<T & { sortKey: unknown[] }>;
  // Each node keeps its sortKey (no GraphQL field reads it); its cursor is encoded on demand.
  const read = nodes.map((node) => new LazyEdge(node, (n) => encodeSortCursor(prepared.signature, n.sortKey)));
  return { ...pageOfEdges(read, prepared.page), totalCount: Number(row?.totalCount ?? 0) };
}

/**
 * Runs a root list query of `cypher/` (slots {{where}}, {{after}}, {{orderBy}}, {{sortKey}})
 * for one page and returns a connection whose totalCount counts every match. A page read
 * backwards (`last`/`before`) runs the same query in the reversed order, then turns it round.
 */
export async function listPage<T extends object>(
  db: Executor,
  query: string,
  spec: ListSpec,
  args: ListArgs,
  maxPageSize: number,
): Promise<ConnectionShape<T>> {
  const prepared = prepareListPage(spec, args, maxPageSize);
  const [row] = await db.readRendered(query, prepared.fragments, prepared.params);
  return connectionOfRow<T>(row, prepared);
}

/** What filters and sorts an entity's root list, from the model. */
export function listSpec(entity: string): ListSpec {
  return { where: whereSpec(entity), sort: sortSpec(entity) };
}

/**
 * The root list of an entity of the model: `cypher/<entity>/list.cypher`, filtered and sorted
 * by the specs the model implies. One factory for every entity's list.
 */
export function entityList<T extends object>(entity: string): (db: Executor, args: ListArgs, maxPageSize: number) => Promise<ConnectionShape<T>> {
  const query = listQuery(entity);
  const spec = listSpec(entity);
  return (db, args, maxPageSize) => listPage<T>(db, query, spec, args, maxPageSize);
}
