import { BadUserInputError } from '../errors';
import { assertPageSize, packCursor, unpackCursor } from '../common/pagination';
import type { ConnectionShape } from '../common/pagination';
import type { Executor, Params } from '../db/executor';
import { listQuery } from '../db/queries';
import { compileSort, compileWhere, ParamBag } from './compile';
import type { SortInput } from './compile';
import { sortSpec, whereSpec } from './spec';
import type { EntitySpec, SortSpec } from './spec';

/** Everything a root list accepts: filters, sort and a page. */
export interface ListArgs {
  readonly where?: object | null;
  readonly sort?: readonly SortInput[] | null;
  readonly first: number;
  readonly after?: string | null;
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

function decodeSortCursor(cursor: string, signature: string): unknown[] {
  const value = unpackCursor(cursor, (v) => v.length === 3 && v[0] === 's' && Array.isArray(v[2]));
  if (value[1] !== signature) {
    throw new BadUserInputError('The cursor was issued for another sort order; pass the endCursor of a page sorted the same way.', 'after');
  }
  return value[2] as unknown[];
}

/** An edge of a sorted list; its cursor is encoded only when a client asks for it. */
class SortEdge<T> {
  constructor(
    readonly node: T & { sortKey: unknown[] },
    private readonly signature: string,
  ) {}

  get cursor(): string {
    return encodeSortCursor(this.signature, this.node.sortKey);
  }
}

/**
 * Runs a root list query of `cypher/` (slots {{where}}, {{after}}, {{orderBy}}, {{sortKey}})
 * for one page and returns a connection whose totalCount counts every match.
 */
export async function listPage<T extends object>(
  db: Executor,
  query: string,
  spec: ListSpec,
  args: ListArgs,
  maxPageSize: number,
): Promise<ConnectionShape<T>> {
  assertPageSize(args.first, maxPageSize);
  const bag = new ParamBag();
  const where = compileWhere(spec.where, args.where as Record<string, unknown> | null, 'n', bag);
  const probe = compileSort(spec.sort, args.sort, null, 'n', bag);
  const cursor = args.after ? decodeSortCursor(args.after, probe.signature) : null;
  const sorted = cursor ? compileSort(spec.sort, args.sort, cursor, 'n', bag) : probe;
  const [row] = await db.readRendered(
    query,
    { where, after: sorted.after, orderBy: sorted.orderBy, sortKey: sorted.sortKey },
    { ...args.params, ...bag.values, limit: args.first + 1 },
  );
  const nodes = (row?.nodes ?? []) as unknown as Array<T & { sortKey: unknown[] }>;
  const hasNextPage = nodes.length > args.first;
  // Each node keeps its sortKey (no GraphQL field reads it); its cursor is encoded on demand.
  const edges = nodes.slice(0, args.first).map((node) => new SortEdge<T>(node, sorted.signature));
  return {
    edges,
    pageInfo: { hasNextPage, endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null },
    totalCount: Number(row?.totalCount ?? 0),
  };
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
