import DataLoader from 'dataloader';
import type { Executor, Params, Row } from '../db/executor';
import type { GraphQLResolveInfo } from 'graphql';
import { selects } from './lookahead';
import { toListConnection, toListPage } from './pagination';
import type { ConnectionShape, ListPage, Page, PageArgs, PageRows, Sorted, SortKey } from './pagination';

/**
 * Batch queries in `cypher/` all answer `UNWIND $keys AS key ... RETURN key, value`; these
 * helpers turn such a named query into a DataLoader whose results follow the keys in length
 * and order, as DataLoader requires (a key with no row gets null or an empty list).
 * Loaders are created per request (see context.ts), so nothing is cached across users.
 */
function byKey(rows: Row[]): Map<string, Row['value']> {
  const map = new Map<string, Row['value']>();
  for (const row of rows) map.set(String(row.key), row.value);
  return map;
}

/** Runs a batch query, its `{{slots}}` filled with fragments fixed for the life of the process when it has any (see CypherCatalog.renderFixed). */
function readBatch(db: Executor, query: string, params: Params, slots?: Readonly<Record<string, string>>): Promise<Row[]> {
  return slots ? db.readFixed(query, slots, params) : db.read(query, params);
}

/** One value (a node's map, a count) or null per key; `slots` as for readBatch. */
export function oneLoader<T>(db: Executor, query: string, params: Params = {}, slots?: Readonly<Record<string, string>>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const found = byKey(await readBatch(db, query, { ...params, keys }, slots));
    return keys.map((key) => (found.get(key) ?? null) as T | null);
  });
}

/** A list of values per key (empty when none); `slots` as for readBatch. */
export function manyLoader<T>(db: Executor, query: string, params: Params = {}, slots?: Readonly<Record<string, string>>): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const found = byKey(await readBatch(db, query, { ...params, keys }, slots));
    return keys.map((key) => (found.get(key) ?? []) as T[]);
  });
}

/**
 * Loaders whose query also depends on field arguments (a page of districts): one loader
 * per distinct argument set, so every parent asking for the same page shares one batch.
 */
export class LoaderFamily<A, V> {
  private readonly loaders = new Map<string, DataLoader<string, V>>();

  constructor(private readonly create: (args: A) => DataLoader<string, V>) {}

  for(args: A): DataLoader<string, V> {
    const id = JSON.stringify(args);
    let loader = this.loaders.get(id);
    if (!loader) {
      loader = this.create(args);
      this.loaders.set(id, loader);
    }
    return loader;
  }
}

/**
 * Parameters of a page of a list in key order for a batch query: the key to start after or
 * end before, the direction, and one row more than asked (it tells whether more lie that way).
 */
export function pageParams(page: Page & { readonly key: string | SortKey | null }): Params {
  return { after: page.backward ? null : page.key, before: page.backward ? page.key : null, backward: page.backward, limit: page.limit + 1 };
}

/**
 * The one way a nested list's batch query pages (`{{page}}`, after it computes `sortKey`,
 * see SortKey in pagination.ts): keyset on the sort key from the cursor, nearest first when
 * reading backwards (the API turns the page round), one row more than asked.
 */
export const PAGE_SLOTS: Readonly<Record<string, string>> = {
  page: [
    'WHERE ($after IS NULL OR sortKey > $after) AND ($before IS NULL OR sortKey < $before)',
    'WITH * ORDER BY CASE WHEN $backward THEN null ELSE sortKey END, CASE WHEN $backward THEN sortKey END DESC LIMIT $limit',
  ].join('\n    '),
};

/** A nested page request and whether the client selected totalCount (counted only then). */
export interface NestedPage extends ListPage {
  readonly withTotal: boolean;
}

/**
 * Loaders of a nested connection (a regency's agreements): one per distinct page, each a batch
 * query over every parent asking for that page, answering `{totalCount, nodes}` per key.
 */
export function pageLoader<T>(db: Executor, query: string, params: Params = {}): LoaderFamily<NestedPage, PageRows<T> | null> {
  return new LoaderFamily((page: NestedPage) => oneLoader<PageRows<T>>(db, query, { ...params, ...pageParams(page), withTotal: page.withTotal }, PAGE_SLOTS));
}

/** Reads one parent's page of a nested connection: the resolver of every such field. */
export async function loadPage<T extends Sorted>(
  loaders: LoaderFamily<NestedPage, PageRows<T> | null>,
  key: string,
  args: PageArgs,
  ctx: { readonly config: { readonly maxPageSize: number } },
  info: GraphQLResolveInfo,
): Promise<ConnectionShape<T>> {
  const page = toListPage(args, ctx.config.maxPageSize);
  const rows = await loaders.for({ ...page, withTotal: selects(info, ['totalCount']) }).load(key);
  return toListConnection(rows ?? { totalCount: 0, nodes: [] }, page);
}

/** Reads one page of a root list paged like a nested one (`RETURN {totalCount, nodes} AS value`, with the {{page}} slot). */
export async function readPage<T extends Sorted>(
  db: Executor,
  query: string,
  args: PageArgs,
  ctx: { readonly config: { readonly maxPageSize: number } },
  info: GraphQLResolveInfo,
): Promise<ConnectionShape<T>> {
  const page = toListPage(args, ctx.config.maxPageSize);
  const [row] = await db.readFixed(query, PAGE_SLOTS, { ...pageParams(page), withTotal: selects(info, ['totalCount']) });
  return toListConnection((row?.value as unknown as PageRows<T> | undefined) ?? { totalCount: 0, nodes: [] }, page);
}
