/**
 * From a plan (plan.ts) to one Cypher query. Pure: the same selection shape always gives the
 * same text (variables x0, x1, ... and parameters $c0, $c1, ... numbered in selection order;
 * every value a parameter), so Neo4j plans it once and its plan cache serves every request of
 * that shape. Each node is a map projection of its entity's fields; the links it brings sit,
 * in plan order, in its `__links` list (attach.ts moves them where the resolvers find them):
 * a to-one end as a COLLECT subquery's first row, a list as a COLLECT subquery, a connection
 * as `{totalCount, nodes}` with a keyset page (`key > $after ORDER BY key LIMIT $limit`), a
 * count as COUNT {}.
 */
import { MODEL } from '../model';
import type { EntityModel } from '../model';
import { LIST_ORDER } from './plan';
import type { ConnectionPlan, EndPlan, LinkPlan, NodePlan, WrappedPlan } from './plan';

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

function listOrder(entity: EntityModel, v: string): string {
  const key = `${v}.${entity.key.field}`;
  const first = LIST_ORDER[entity.name];
  return first ? `${v}.${first}, ${key}` : key;
}

function pattern(end: EndPlan, from: string, to: string, relationship = ''): string {
  const other = `(${to}:${end.target.name})`;
  const r = `[${relationship}:${end.type}]`;
  return end.direction === 'out' ? `(${from})-${r}->${other}` : `(${from})<-${r}-${other}`;
}

/**
 * Lists of relationship rows in another order than the other end's key, as their loaders read
 * them (cypher/agreement/signatures.cypher, cypher/program/adopters.cypher, cypher/official/signed.cypher).
 */
const WRAPPED_ORDER: Readonly<Record<string, (r: string, m: string) => string>> = {
  'Agreement.signatories': (r) => `${r}.onBehalfOf`,
  'Program.adopters': (r, m) => `${r}.date, ${m}.code`,
  'Official.signedAgreements': (_r, m) => `${m}.date DESC`,
};

/** Relationship rows: the relationship's properties, fact and value key, both keys, and the other end where selected. */
function wrappedCypher(link: WrappedPlan, v: string, names: Names): string {
  const r = names.variable();
  const m = names.variable();
  const { end } = link;
  const order = WRAPPED_ORDER[`${end.parent}.${end.field}`]?.(r, m) ?? `${m}.${end.target.key.field}`;
  const parentKey = MODEL.entity(end.parent).key.field;
  const entries = [...end.properties.map((p) => `.${p}`), '.fact', '.valueKey', `${link.parentKey}: ${v}.${parentKey}`, `${link.otherKey}: ${m}.${end.target.key.field}`];
  if (link.others.length > 0) entries.push(`${LINKS}: [${link.others.map((other) => projection(other.node, m, names)).join(', ')}]`);
  return `COLLECT { MATCH ${pattern(end, v, m, r)} WITH ${r}, ${m} ORDER BY ${order} RETURN ${r} {${entries.join(', ')}} }`;
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

function linkCypher(link: LinkPlan, v: string, names: Names): string {
  if (link.kind === 'count') return countCypher(link.end, v);
  if (link.kind === 'wrapped') return wrappedCypher(link, v, names);
  const m = names.variable();
  const match = `MATCH ${pattern(link.end, v, m)}`;
  switch (link.kind) {
    case 'one':
      return `COLLECT { ${match} WITH ${m} ORDER BY ${m}.${link.node.entity.key.field} LIMIT 1 RETURN ${projection(link.node, m, names)} }[0]`;
    case 'list':
      return `COLLECT { ${match} WITH ${m} ORDER BY ${listOrder(link.node.entity, m)} RETURN ${projection(link.node, m, names)} }`;
    case 'connection': {
      const key = `${m}.${link.node.entity.key.field}`;
      const after = names.param(link.page.key);
      const limit = names.param(link.page.limit + 1);
      const total = link.totalCount ? `COUNT { ${pattern(link.end, v, '')} }` : 'null';
      const nodes = `COLLECT { ${match} WHERE ${after} IS NULL OR ${key} > ${after} WITH ${m} ORDER BY ${key} LIMIT ${limit} RETURN ${projection(link.node, m, names)} }`;
      return `{totalCount: ${total}, nodes: ${nodes}}`;
    }
  }
}

/** A node as a map projection: every field of its entity, `extra` entries, then its links. */
function projection(plan: NodePlan, v: string, names: Names, extra: readonly string[] = []): string {
  const entries = Object.keys(plan.entity.fields).map((field) => `.${field}`);
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
 * totalCount is counted only when the client asks for it.
 */
export function listCypher(plan: ConnectionPlan): CompiledQuery {
  const names = new Names();
  const { name } = plan.node.entity;
  const total = plan.totalCount ? `COUNT { MATCH (n:${name}) WHERE {{where}} }` : 'null';
  const nodes = projection(plan.node, 'n', names, ['sortKey: {{sortKey}}']);
  const text = [
    'RETURN',
    `  ${total} AS totalCount,`,
    `  COLLECT { MATCH (n:${name}) WHERE {{where}} AND {{after}} WITH n ORDER BY {{orderBy}} LIMIT $limit RETURN ${nodes} } AS nodes`,
  ].join('\n');
  return { text, params: names.params };
}
