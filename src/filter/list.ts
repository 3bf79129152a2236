import { BadUserInputError } from '../errors';
import { cursorArgument, LazyEdge, packCursor, pageOf, pageOfEdges, unpackCursor } from '../common/pagination';
import type { ConnectionShape, PageArgs } from '../common/pagination';
import type { Executor, Params } from '../db/executor';
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
  const page = pageOf(args, maxPageSize);
  const bag = new ParamBag();
  const where = compileWhere(spec.where, args.where as Record<string, unknown> | null, 'n', bag);
  const probe = compileSort(spec.sort, args.sort, null, 'n', bag, page.backward);
  const cursor = page.cursor ? decodeSortCursor(page.cursor, probe.signature, cursorArgument(page)) : null;
  const sorted = cursor ? compileSort(spec.sort, args.sort, cursor, 'n', bag, page.backward) : probe;
  const [row] = await db.readRendered(
    query,
    { where, after: sorted.after, orderBy: sorted.orderBy, sortKey: sorted.sortKey },
    { ...args.params, ...bag.values, limit: page.limit + 1 },
  );
  const nodes = (row?.nodes ?? []) as unknown as Array<T & { sortKey: unknown[] }>;
  // Each node keeps its sortKey (no GraphQL field reads it); its cursor is encoded on demand.
  const read = nodes.map((node) => new LazyEdge(node, (n) => encodeSortCursor(sorted.signature, n.sortKey)));
  return { ...pageOfEdges(read, page), totalCount: Number(row?.totalCount ?? 0) };
}

/**
 * The root list of an entity of the model: `cypher/<entity>/list.cypher`, filtered and sorted
 * by the specs the model implies. One factory for every entity's list.
 */
export function entityList<T extends object>(entity: string): (db: Executor, args: ListArgs, maxPageSize: number) => Promise<ConnectionShape<T>> {
  const query = listQuery(entity);
  const spec: ListSpec = { where: whereSpec(entity), sort: sortSpec(entity) };
  return (db, args, maxPageSize) => listPage<T>(db, query, spec, args, maxPageSize);
}
