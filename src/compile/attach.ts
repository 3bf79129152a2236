/**
 * Where the resolvers find what a compiled query brought: each compiled row carries, under a
 * symbol, its links' values by response key, shaped as the field returns them (a row, a list of
 * rows, a connection, a number). serve.ts answers a field from there before its resolver runs.
 */
import { toConnection } from '../common/pagination';
import type { ConnectionShape } from '../common/pagination';
import { LINKS } from './cypher';
import type { LinkPlan, NodePlan, WrappedPlan } from './plan';

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

function linkValue(link: LinkPlan, value: unknown): unknown {
  switch (link.kind) {
    case 'count':
      return Number(value ?? 0);
    case 'one':
      return value === null || value === undefined ? null : attach(link.node, value as Row);
    case 'list':
      return (value as Row[]).map((row) => attach(link.node, row));
    case 'wrapped':
      return (value as Row[]).map((row) => attachOthers(link.others, row));
    case 'connection': {
      const { totalCount, nodes } = value as { totalCount: unknown; nodes: Row[] };
      const key = link.node.entity.key.field;
      const connection: ConnectionShape<Row> & { nodes?: Row[] } = toConnection(
        { totalCount: Number(totalCount ?? 0), nodes: nodes.map((row) => attach(link.node, row)) },
        link.page,
        (row) => String(row[key]),
      );
      // The `nodes` shortcut of a connection reads the page's nodes without their edges.
      connection.nodes = connection.edges.map((edge) => edge.node);
      return connection;
    }
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
function attachOthers(others: WrappedPlan['others'], row: Row): Row {
  return settle(others, row, (other, value) => (value === null || value === undefined ? null : attach(other.node, value as Row)));
}

/** Moves a compiled row's links from `__links` to where the resolvers find them; returns the row. */
export function attach<T extends object>(plan: NodePlan, row: Row): T {
  return settle(plan.links, row, linkValue) as T;
}
