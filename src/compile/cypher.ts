/**
 * From a plan (plan.ts) to one Cypher query. Pure: the same selection shape always gives the
 * same text (variables x0, x1, ... and parameters $c0, $c1, ... numbered in selection order;
 * every value a parameter), so Neo4j plans it once and its plan cache serves every request of
 * that shape. Each node is a map projection of the properties its selected fields read
 * (plan.ts); the links it brings sit, in plan order, in its `__links` list (attach.ts moves
 * them where the resolvers find them): a to-one end as a COLLECT subquery's first row, a list
 * as a COLLECT subquery, a connection as `{totalCount, nodes}` with a keyset page on the order
 * its loader reads (order.ts), a count as COUNT {}.
 */
import { HEAD_TITLES } from '../official/holders';
import { MODEL } from '../model';
import { HEAD_ORDER, orderOf } from './order';
import type { ConnectionPlan, EndPlan, LinkPlan, NodePlan, RowPlan } from './plan';

/** The key of a compiled node's row under which its links come back, in plan order. */
export const LINKS = '__links';

export interface CompiledQuery {
  readonly text: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** Names variables and parameters in the order the text is written. */
class Names {
  readonly params: Record<string, unknown> = {};
  private variables = 0;
  private values = 0;

  variable(): string {
    return `x${this.variables++}`;
  }

  param(value: unknown): string {
    const name = `c${this.values++}`;
    this.params[name] = value;
    return `$${name}`;
  }
}

function pattern(end: EndPlan, from: string, to: string, relationship = ''): string {
  const other = `(${to}:${end.target.name})`;
  const r = `[${relationship}:${end.type}]`;
  return end.direction === 'out' ? `(${from})-${r}->${other}` : `(${from})<-${r}-${other}`;
}

/** A relationship row: the relationship's properties, fact and value key, both keys, the sort key, and the other end where selected. */
function rowProjection(row: RowPlan, end: EndPlan, v: string, r: string, m: string, sortKey: string, names: Names): string {
  const parentKey = MODEL.entity(end.parent).key.field;
  const entries = [...end.properties.map((p) => `.${p}`), '.fact', '.valueKey', `${row.parentKey}: ${v}.${parentKey}`, `${row.otherKey}: ${m}.${end.target.key.field}`, `sortKey: ${sortKey}`];
  if (row.others.length > 0) entries.push(`${LINKS}: [${row.others.map((other) => projection(other.node, m, names)).join(', ')}]`);
  return `${r} {${entries.join(', ')}}`;
}

/**
 * A count of the other ends. When every relationship of the type starts (or ends) at the
 * counted entity, the other end's label is left out: Neo4j then reads the node's degree
 * (`villageCount` costs one db hit, not one per village).
 */
function countCypher(end: EndPlan, v: string): string {
  const side = (r: { from: string; to: string }): string => (end.direction === 'in' ? r.from : r.to);
  const only = MODEL.relationships.filter((r) => r.type === end.type).every((r) => side(r) === end.target.name);
  const other = only ? '()' : `(:${end.target.name})`;
  return end.direction === 'out' ? `COUNT { (${v})-[:${end.type}]->${other} }` : `COUNT { (${v})<-[:${end.type}]-${other} }`;
}

/**
 * A page of a nested connection as `{totalCount, nodes}`: keyset on the sort key from the
 * cursor's, nearest first when reading backwards (attach.ts turns the page round), one row more
 * than asked; a key-ordered page compares the key itself, so the code's order is read as is.
 */
function connectionCypher(link: Extract<LinkPlan, { kind: 'connection' }>, v: string, names: Names): string {
  const { end, items, order, page } = link;
  const r = items.kind === 'rows' ? names.variable() : '';
  const m = names.variable();
  const [beyond, desc] = page.backward ? ['<', ' DESC'] : ['>', ''];
  const cursor = names.param(page.key);
  const limit = names.param(page.limit + 1);
  const total = link.totalCount ? `COUNT { ${pattern(end, v, '')} }` : 'null';
  const match = `MATCH ${pattern(end, v, m, r)}`;
  const carried = r ? `${r}, ${m}` : m;
  let nodes: string;
  if (order.cursor === 'key') {
    const key = order.sortKey(m, r);
    const item = items.kind === 'nodes' ? projection(items.node, m, names) : rowProjection(items.row, end, v, r, m, key, names);
    nodes = `COLLECT { ${match} WHERE ${cursor} IS NULL OR ${key} ${beyond} ${cursor} WITH ${carried} ORDER BY ${key}${desc} LIMIT ${limit} RETURN ${item} }`;
  } else {
    const sortKey = names.variable();
    const item = items.kind === 'nodes' ? projection(items.node, m, names, [`sortKey: ${sortKey}`]) : rowProjection(items.row, end, v, r, m, sortKey, names);
    nodes =
      `COLLECT { ${match} WITH ${carried}, ${order.sortKey(m, r)} AS ${sortKey} WHERE ${cursor} IS NULL OR ${sortKey} ${beyond} ${cursor} ` +
      `WITH ${carried}, ${sortKey} ORDER BY ${sortKey}${desc} LIMIT ${limit} RETURN ${item} }`;
  }
  return `{totalCount: ${total}, nodes: ${nodes}}`;
}

function linkCypher(link: LinkPlan, v: string, names: Names): string {
  if (link.kind === 'count') return countCypher(link.end, v);
  if (link.kind === 'connection') return connectionCypher(link, v, names);
  const m = names.variable();
  if (link.kind === 'head') {
    const h = names.variable();
    const titles = names.param(HEAD_TITLES);
    return `COLLECT { MATCH (${v})<-[${h}:HOLDS_POSITION]-(${m}:Official) WHERE ${h}.title IN ${titles} WITH ${m}, ${h} ORDER BY ${HEAD_ORDER(h)} LIMIT 1 RETURN ${projection(link.node, m, names)} }[0]`;
  }
  const match = `MATCH ${pattern(link.end, v, m)}`;
  if (link.kind === 'one') {
    return `COLLECT { ${match} WITH ${m} ORDER BY ${m}.${link.node.entity.key.field} LIMIT 1 RETURN ${projection(link.node, m, names)} }[0]`;
  }
  return `COLLECT { ${match} WITH ${m} ORDER BY ${orderOf(link.end, false).sortKey(m, '')} RETURN ${projection(link.node, m, names)} }`;
}

/** A node as a map projection: the properties its plan reads, `extra` entries, then its links. */
function projection(plan: NodePlan, v: string, names: Names, extra: readonly string[] = []): string {
  const entries = plan.properties.map((property) => `.${property}`);
  entries.push(...extra);
  if (plan.links.length > 0) entries.push(`${LINKS}: [${plan.links.map((link) => linkCypher(link, v, names)).join(', ')}]`);
  return `${v} {${entries.join(', ')}}`;
}

/** One entity by its key, with what its selection links to. Parameter `$key`; one row `row`, or none. */
export function byKeyCypher(plan: NodePlan): CompiledQuery {
  const names = new Names();
  const { name, key } = plan.entity;
  const text = `MATCH (n:${name} {${key.field}: $key})\nRETURN ${projection(plan, 'n', names)} AS row`;
  return { text, params: names.params };
}

/**
 * A root list page, in the form of the entity's `cypher/<entity>/list.cypher`, with the slots
 * {{where}}, {{after}}, {{orderBy}} and {{sortKey}} for src/filter to fill, and `$limit`.
 * totalCount is counted only when the client asks for it. One row per node, in the page's
 * order (`node`, with `totalCount` on each; one row with a null node for an empty page), not
 * one row holding them all: the driver reads a record spread over many Bolt chunks byte by
 * byte across them, which made decoding all 514 regencies with their districts in one record
 * the most costly part of the request (bench/PROFILE.md).
 */
export function listCypher(plan: ConnectionPlan): CompiledQuery {
  const names = new Names();
  const { name } = plan.node.entity;
  const total = plan.totalCount ? `COUNT { MATCH (n:${name}) WHERE {{where}} }` : 'null';
  const nodes = projection(plan.node, 'n', names, ['sortKey: {{sortKey}}']);
  const text = [
    'WITH',
    `  ${total} AS totalCount,`,
    `  COLLECT { MATCH (n:${name}) WHERE {{where}} AND {{after}} WITH n ORDER BY {{orderBy}} LIMIT $limit RETURN ${nodes} } AS nodes`,
    'UNWIND CASE size(nodes) WHEN 0 THEN [null] ELSE nodes END AS node',
    'RETURN totalCount, node',
  ].join('\n');
  return { text, params: names.params };
}
