/**
 * One Cypher query for a root field and the subtree under it (issue 13). How a selection
 * becomes Cypher, in order:
 * 1. plan.ts reads the selection (fragments, aliases, @skip/@include resolved by graphql-js)
 *    against the model (src/model/): which fields are relationship ends of the entity (a list,
 *    a to-one end, a connection with first/after, a count) and what is under each;
 * 2. cypher.ts writes one query for the plan: a map projection per node, COLLECT subqueries
 *    for the ends, keyset pages in the order of each field's loader (order.ts), COUNT {} for
 *    counts; the same text for the same shape;
 * 3. attach.ts puts each end's rows on its parent row, by response key, and writes a page's
 *    cursors as the field's resolver does;
 * 4. serve.ts (applied to the schema) answers a field from there before its resolver runs.
 * What the plan leaves out (arguments with their own logic such as head(asOf:), positions,
 * rows whose type reads more than the relationship's declared properties, graph questions,
 * references) is answered by the field's own resolver and its per-request DataLoader, as
 * before. A root field whose
 * selection links to nothing runs its usual look-up or list, which DataLoaders share.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { ConnectionShape } from '../common/pagination';
import type { Context } from '../context';
import type { Plain } from '../db/convert';
import { connectionOfRow, listSpec, prepareListPage } from '../filter/list';
import type { ListArgs } from '../filter/list';
import { attach } from './attach';
import { byKeyCypher, listCypher } from './cypher';
import { bringsLinks, planOfConnectionField, planOfField } from './plan';

export { serveCompiled } from './serve';

type Row = Record<string, unknown>;

/** Fills the `{{slots}}` of a compiled list with src/filter's fragments. */
function fillSlots(text: string, fragments: Readonly<Record<string, string>>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_slot, name: string) => fragments[name] ?? '');
}

/**
 * The entity with `key` and everything its selection links to, in one query; null when the
 * selection links to nothing (the caller then runs its look-up).
 */
export function compiledByKey<T extends object>(ctx: Context, info: GraphQLResolveInfo, entity: string, key: string): Promise<T | null> | null {
  const plan = planOfField(info, entity, ctx.config.maxPageSize);
  if (!plan || !bringsLinks(plan)) return null;
  const query = byKeyCypher(plan);
  return ctx.db.readCompiled(query.text, { ...query.params, key }).then(([found]) => (found?.row ? attach<T>(plan, found.row as Row) : null));
}

/**
 * A root list page and everything its nodes' selection links to, in one query; null when the
 * selection links to nothing (the caller then runs its list).
 */
export function compiledList<T extends object>(ctx: Context, info: GraphQLResolveInfo, entity: string, args: ListArgs): Promise<ConnectionShape<T>> | null {
  const maxPageSize = ctx.config.maxPageSize;
  const plan = planOfConnectionField(info, entity, maxPageSize);
  if (!plan || !bringsLinks(plan.node)) return null;
  const prepared = prepareListPage(listSpec(entity), args, maxPageSize);
  const query = listCypher(plan);
  return ctx.db.readCompiled(fillSlots(query.text, prepared.fragments), { ...prepared.params, ...query.params }).then((rows) => {
    // One row per node (cypher.ts listCypher); an empty page is one row with no node.
    const nodes = rows.flatMap((row) => (row.node ? [attach(plan.node, row.node as Row)] : []));
    return connectionOfRow<T>({ totalCount: rows[0]?.totalCount ?? null, nodes: nodes as Plain[] }, prepared);
  });
}
