/**
 * Where the resolvers find what a compiled query brought: each compiled row carries, under a
 * symbol, its links' values by response key, shaped as the field returns them (a row, a list of
 * rows, a connection, a number). serve.ts answers a field from there before its resolver runs.
 */
import { toConnection, toListConnection } from '../common/pagination';
import type { ConnectionShape, Sorted } from '../common/pagination';
import { LINKS } from './cypher';
import type { ItemsPlan, LinkPlan, NodePlan, RowPlan } from './plan';

/** The values a compiled row brings for the fields under it, by response key. */
export const COMPILED = Symbol('compiled');

type Row = Record<string, unknown>;
type Compiled = Row & { [COMPILED]?: ReadonlyMap<string, unknown> };

/** What a compiled query brought for the field at `responseKey` of `parent`; `undefined` when it brought nothing. */
export function compiledValue(parent: unknown, responseKey: string): { value: unknown } | undefined {
  if (typeof parent !== 'object' || parent === null) return undefined;
  const served = (parent as Compiled)[COMPILED];
  return served?.has(responseKey) ? { value: served.get(responseKey) } : undefined;
}

function attachItem(items: ItemsPlan, row: Row): Row {
  return items.kind === 'nodes' ? attach(items.node, row) : attachRow(items.row, row);
}

/** A page of a nested connection, its cursors written as the field's resolver writes them (order.ts). */
function connectionValue(link: Extract<LinkPlan, { kind: 'connection' }>, value: unknown): ConnectionShape<Row> {
  const { totalCount, nodes } = value as { totalCount: unknown; nodes: Row[] };
  // A list-ordered item carries the sortKey its cursor encodes (cypher.ts writes it into every item).
  const rows = { totalCount: Number(totalCount ?? 0), nodes: nodes.map((row) => attachItem(link.items, row) as Row & Sorted) };
  if (link.order.cursor === 'list') return toListConnection(rows, link.page);
  const key = link.end.target.key.field;
  return toConnection(rows, link.page, (row) => String(row[key]));
}

function linkValue(link: LinkPlan, value: unknown): unknown {
  switch (link.kind) {
    case 'count':
      return Number(value ?? 0);
    case 'one':
    case 'head':
      return value === null || value === undefined ? null : attach(link.node, value as Row);
    case 'list':
      return (value as Row[]).map((row) => attach(link.node, row));
    case 'connection':
      return connectionValue(link, value);
  }
}

/** Moves a row's `__links` to where the resolvers find them, each value made by `valueOf`, by response key. */
function settle<L extends { readonly responseKey: string }>(links: readonly L[], row: Row, valueOf: (link: L, value: unknown) => unknown): Row {
  const values = row[LINKS] as unknown[] | undefined;
  if (values) {
    delete row[LINKS];
    (row as Compiled)[COMPILED] = new Map(links.map((link, i) => [link.responseKey, valueOf(link, values[i])]));
  }
  return row;
}

/** A relationship row with the other end, for each field that selected it. */
function attachRow(plan: RowPlan, row: Row): Row {
  return settle(plan.others, row, (other, value) => (value === null || value === undefined ? null : attach(other.node, value as Row)));
}

/** Moves a compiled row's links from `__links` to where the resolvers find them; returns the row. */
export function attach<T extends object>(plan: NodePlan, row: Row): T {
  return settle(plan.links, row, linkValue) as T;
}
