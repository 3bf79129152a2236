/**
 * From a GraphQL selection to a plan: which entity a field returns, and which of the fields
 * under it are relationship ends of the model (src/model/) that one Cypher query can bring
 * along (a to-one end, a list, a connection of the other ends or of relationship rows such as
 * ProgramRun, a count, a government's head). Everything else (arguments with their own logic,
 * positions, graph questions, references) is left out of the plan, and its own resolver answers
 * it through the request's DataLoaders as before.
 */
import { getArgumentValues, getNamedType, getNullableType, isListType, isObjectType } from 'graphql';
import type { FieldNode, GraphQLField, GraphQLObjectType, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields';
import { toListPage, toPage } from '../common/pagination';
import type { Page, PageArgs, SortKey } from '../common/pagination';
import { MODEL } from '../model';
import type { EntityModel } from '../model';
import { orderOf } from './order';
import type { Order } from './order';

/** One relationship end seen from the parent: `(parent)-[:TYPE]->(target)` (out) or `(parent)<-[:TYPE]-(target)` (in). */
export interface EndPlan {
  /** The parent entity and the field it names the end by (`Regency`, `agencies`). */
  readonly parent: string;
  readonly field: string;
  readonly type: string;
  readonly direction: 'out' | 'in';
  readonly target: EntityModel;
  /** At most one other end (a regency's province). */
  readonly one: boolean;
  /** The relationship's own properties (a run's `since`), from the model. */
  readonly properties: readonly string[];
  /** Several relationships of the type can join the same two ends (positions, by title). */
  readonly identity: boolean;
  /** Recorded from sources (with facts), not the backbone. */
  readonly curated: boolean;
}

/** What one compiled node brings: the properties its row carries, and the links its selection asks for. */
export interface NodePlan {
  readonly entity: EntityModel;
  /**
   * The entity's properties the row carries: the key and the selected fields, when each
   * selected field reads only its own property or is a link of the plan; every field of the
   * entity when a selected field runs a resolver of its own, which may read any of them.
   */
  readonly properties: readonly string[];
  readonly links: readonly LinkPlan[];
}

/** A page of a nested connection, as its resolver reads the arguments: the cursor's key is a code (key cursors) or a sort key (list cursors). */
export interface CompiledPage extends Page {
  readonly key: string | SortKey | null;
}

/** The items of a compiled connection: the other ends (a regency's agencies), or relationship rows (its ProgramRuns). */
export type ItemsPlan = { readonly kind: 'nodes'; readonly node: NodePlan } | { readonly kind: 'rows'; readonly row: RowPlan };

/** A field under a node that the query answers, by its response key (its alias, or its name). */
export type LinkPlan =
  | { readonly kind: 'one' | 'list'; readonly responseKey: string; readonly end: EndPlan; readonly node: NodePlan }
  | {
      readonly kind: 'connection';
      readonly responseKey: string;
      readonly end: EndPlan;
      readonly items: ItemsPlan;
      readonly order: Order;
      readonly page: CompiledPage;
      readonly totalCount: boolean;
    }
  | { readonly kind: 'count'; readonly responseKey: string; readonly end: EndPlan }
  /** A government's head (`head` with no `asOf`), picked as its loader picks it (order.ts HEAD_ORDER). */
  | { readonly kind: 'head'; readonly responseKey: string; readonly node: NodePlan };

/**
 * A relationship row (ProgramRun, AgreementParty, ...): the relationship's properties, its fact
 * and value key, both ends' keys under the names the row type gives them (`governmentCode`,
 * `programId`), and the other end itself for each field that selects it.
 */
export interface RowPlan {
  readonly parentKey: string;
  readonly otherKey: string;
  readonly others: ReadonlyArray<{ readonly responseKey: string; readonly node: NodePlan }>;
}

/** A root list's plan: its nodes' plan and whether the client asked for totalCount. */
export interface ConnectionPlan {
  readonly node: NodePlan;
  readonly totalCount: boolean;
}

/** What planning needs of a root field's resolve info (a test builds it from a document). */
export type SelectionInfo = Pick<GraphQLResolveInfo, 'schema' | 'fragments' | 'variableValues' | 'fieldNodes' | 'returnType'>;

/** What walking a selection needs from the request. */
interface Walk {
  readonly info: SelectionInfo;
  readonly maxPageSize: number;
}

/** The arguments a connection end compiles with; any other argument has logic of its own. */
const PAGE_ARGUMENTS = new Set(['first', 'after', 'last', 'before']);

function subfields(walk: Walk, type: GraphQLObjectType, nodes: readonly FieldNode[]): Map<string, readonly FieldNode[]> {
  const { schema, fragments, variableValues } = walk.info;
  return collectSubfields(schema, fragments, variableValues, type, nodes);
}

type Relationship = (typeof MODEL.relationships)[number];

function endPlan(r: Relationship, parent: string, field: string, direction: 'out' | 'in', one: boolean): EndPlan {
  const target = MODEL.entity(direction === 'out' ? r.to : r.from);
  return {
    parent,
    field,
    type: r.type,
    direction,
    target,
    one,
    properties: Object.keys(r.properties),
    identity: (r.identity?.length ?? 0) > 0,
    curated: r.curated,
  };
}

/** The relationship end an entity names `field`, from the model's declarations. */
export function endOf(entity: string, field: string): EndPlan | null {
  for (const r of MODEL.relationships) {
    if (r.from === entity && r.out?.field === field) return endPlan(r, entity, field, 'out', r.out.one ?? false);
    if (r.to === entity && r.in?.field === field) return endPlan(r, entity, field, 'in', r.in.one ?? false);
  }
  return null;
}

/** The relationship end an entity counts as `field` (a district's `villageCount`). */
export function countOf(entity: string, field: string): EndPlan | null {
  for (const r of MODEL.relationships) {
    if (r.from === entity && r.out?.count?.field === field) return endPlan(r, entity, field, 'out', false);
    if (r.to === entity && r.in?.count?.field === field) return endPlan(r, entity, field, 'in', false);
  }
  return null;
}

function givenArguments(field: GraphQLField<unknown, unknown>, node: FieldNode, walk: Walk): Record<string, unknown> {
  const values = getArgumentValues(field, node, walk.info.variableValues);
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null && value !== undefined));
}

/** The page the arguments ask for, read as the field's resolver reads them; null when they ask for more (or are wrong: the resolver then says so). */
function pageOf(args: Record<string, unknown>, order: Order, maxPageSize: number): CompiledPage | null {
  if (Object.keys(args).some((name) => !PAGE_ARGUMENTS.has(name))) return null;
  try {
    return order.cursor === 'key' ? toPage(args as PageArgs, maxPageSize) : toListPage(args as PageArgs, maxPageSize);
  } catch {
    return null;
  }
}

/** A nested connection of the other ends, or of relationship rows; null when its selection or arguments ask for what the plan does not know. */
function connectionLink(walk: Walk, end: EndPlan, type: GraphQLObjectType, args: Record<string, unknown>, responseKey: string, nodes: readonly FieldNode[]): LinkPlan | null {
  const items = itemsOf(walk, type, nodes);
  const itemType = itemTypeOf(type);
  if (!items || !itemType) return null;
  let plan: ItemsPlan | null;
  if (itemType.name === end.target.name) plan = { kind: 'nodes', node: nodePlan(walk, itemType, end.target, items.fields) };
  else {
    const row = rowPlan(walk, end, itemType, items.fields);
    plan = row && { kind: 'rows', row };
  }
  if (!plan) return null;
  const order = orderOf(end, plan.kind === 'rows');
  const page = pageOf(args, order, walk.maxPageSize);
  return page && { kind: 'connection', responseKey, end, items: plan, order, page, totalCount: items.totalCount };
}

/** `head` with no arguments: the pick of cypher/regency/head.cypher, which the compiler writes too (order.ts). */
function headLink(walk: Walk, entity: EntityModel, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, responseKey: string, nodes: readonly FieldNode[]): LinkPlan | null {
  const named = getNamedType(field.type);
  if (entity.name !== 'Regency' || field.name !== 'head' || Object.keys(args).length > 0 || !isObjectType(named) || named.name !== 'Official') return null;
  return { kind: 'head', responseKey, node: nodePlan(walk, named, MODEL.entity('Official'), nodes) };
}

function linkOf(walk: Walk, entity: EntityModel, field: GraphQLField<unknown, unknown>, responseKey: string, nodes: readonly FieldNode[]): LinkPlan | null {
  const args = givenArguments(field, nodes[0] as FieldNode, walk);
  const named = getNamedType(field.type);
  const counted = countOf(entity.name, field.name);
  if (counted) return Object.keys(args).length === 0 && named.name === 'Int' ? { kind: 'count', responseKey, end: counted } : null;
  const end = endOf(entity.name, field.name);
  if (!end) return headLink(walk, entity, field, args, responseKey, nodes);
  if (!isObjectType(named)) return null;
  if (named.name === end.target.name) {
    const list = isListType(getNullableType(field.type));
    if (Object.keys(args).length > 0 || list === end.one) return null;
    return { kind: list ? 'list' : 'one', responseKey, end, node: nodePlan(walk, named, end.target, nodes) };
  }
  return isConnectionOf(named, end) ? connectionLink(walk, end, named, args, responseKey, nodes) : null;
}

/** The item type of a connection type (`nodes`, `edges`, `pageInfo`); null for any other type. */
function itemTypeOf(type: GraphQLObjectType): GraphQLObjectType | null {
  const fields = type.getFields();
  const items = fields.nodes && getNamedType(fields.nodes.type);
  return fields.edges && fields.pageInfo && items && isObjectType(items) ? items : null;
}

/** A connection type whose items are the end's other ends or its relationship rows. */
function isConnectionOf(type: GraphQLObjectType, end: EndPlan): boolean {
  const items = itemTypeOf(type);
  return items !== null && (items.name === end.target.name || rowKeys(items, end) !== null);
}

/**
 * The keys of a row type of an end's relationships, when the row holds only the relationship's
 * properties (every field with no resolver of its own is one) and fields with resolvers of their
 * own (references, an end they load by key): so what a compiled row carries is what the type
 * can read. Not for a type whose facts are told apart by identity properties (positions, by
 * title), nor between two entities of one type (who accompanied whom), where an end's name is
 * ambiguous. The row names an end's key after its field for that end (`government` + `Code`),
 * else after the entity.
 */
function rowKeys(type: GraphQLObjectType, end: EndPlan): { parentKey: string; otherKey: string } | null {
  if (MODEL.has(type.name) || end.identity || end.parent === end.target.name) return null;
  const fields = Object.values(type.getFields());
  if (fields.some((f) => !f.resolve && !end.properties.includes(f.name))) return null;
  const keyName = (entity: EntityModel): string => {
    const named = fields.find((f) => getNamedType(f.type).name === entity.name);
    return `${named?.name ?? uncapitalised(entity.name)}${capitalised(entity.key.field)}`;
  };
  return { parentKey: keyName(MODEL.entity(end.parent)), otherKey: keyName(end.target) };
}

const capitalised = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
const uncapitalised = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

/** The rows' plan: their keys, and the other end for each field that selects it with no arguments (other fields run their own resolvers on the row). */
function rowPlan(walk: Walk, end: EndPlan, type: GraphQLObjectType, nodes: readonly FieldNode[]): RowPlan | null {
  const keys = rowKeys(type, end);
  if (!keys) return null;
  const fields = type.getFields();
  const others: Array<{ responseKey: string; node: NodePlan }> = [];
  for (const [key, fieldNodes] of subfields(walk, type, nodes)) {
    const field = fields[(fieldNodes[0] as FieldNode).name.value];
    const named = field && getNamedType(field.type);
    if (field?.resolve && named?.name === end.target.name && isObjectType(named) && Object.keys(givenArguments(field, fieldNodes[0] as FieldNode, walk)).length === 0) {
      others.push({ responseKey: key, node: nodePlan(walk, named, end.target, fieldNodes) });
    }
  }
  return { ...keys, others };
}

/** The one property a selected field reads (`key` reads the key); null when it runs a resolver of its own, which may read any. */
function propertyRead(entity: EntityModel, field: GraphQLField<unknown, unknown>): string | null {
  if (field.name === 'key') return entity.key.field;
  return !field.resolve && field.name in entity.fields ? field.name : null;
}

function nodePlan(walk: Walk, type: GraphQLObjectType | null, entity: EntityModel, nodes: readonly FieldNode[]): NodePlan {
  const every = Object.keys(entity.fields);
  const links: LinkPlan[] = [];
  if (!type) return { entity, properties: every, links };
  const fields = type.getFields();
  const read = new Set<string>([entity.key.field]);
  let readsAny = false;
  for (const [responseKey, fieldNodes] of subfields(walk, type, nodes)) {
    const field = fields[(fieldNodes[0] as FieldNode).name.value];
    // `__typename` is the type's name, read from no property.
    if (!field) continue;
    const property = propertyRead(entity, field);
    if (property) read.add(property);
    else {
      const link = field.resolve ? linkOf(walk, entity, field, responseKey, fieldNodes) : null;
      if (link) links.push(link);
      else readsAny = true;
    }
  }
  // In the model's order, so one selection shape is one query text whatever the order of its fields.
  return { entity, properties: readsAny ? every : every.filter((property) => read.has(property)), links };
}

/** What a connection's selection asks of its items: the merged selections of `edges.node` and `nodes`, and totalCount. */
interface ItemsSelection {
  readonly fields: readonly FieldNode[];
  readonly totalCount: boolean;
}

/** The items' selection of a connection (`edges { cursor node }`, `nodes`, `pageInfo`, `totalCount`); null when it selects a field this does not know. */
function itemsOf(walk: Walk, type: GraphQLObjectType, nodes: readonly FieldNode[]): ItemsSelection | null {
  const fields: FieldNode[] = [];
  let totalCount = false;
  for (const [, fieldNodes] of subfields(walk, type, nodes)) {
    const name = (fieldNodes[0] as FieldNode).name.value;
    const field = type.getFields()[name];
    if (!field) return null;
    if (name === 'totalCount') totalCount = true;
    else if (name === 'nodes') fields.push(...fieldNodes);
    else if (name === 'edges') {
      const edge = getNamedType(field.type);
      if (!isObjectType(edge)) return null;
      for (const [, edgeNodes] of subfields(walk, edge, fieldNodes)) {
        const edgeField = edge.getFields()[(edgeNodes[0] as FieldNode).name.value];
        if (edgeField?.name === 'node') fields.push(...edgeNodes);
        else if (edgeField?.name !== 'cursor' && edgeField?.name !== '__typename') return null;
      }
    } else if (name !== 'pageInfo' && name !== '__typename') return null;
  }
  return { fields, totalCount };
}

/** The plan of a root field returning one entity (`regency(code:)`). */
export function planOfField(info: SelectionInfo, entity: string, maxPageSize: number): NodePlan | null {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type) || type.name !== entity) return null;
  return nodePlan({ info, maxPageSize }, type, MODEL.entity(entity), info.fieldNodes);
}

/** The plan of a root field returning a connection of an entity (`regencies(...)`). */
export function planOfConnectionField(info: SelectionInfo, entity: string, maxPageSize: number): ConnectionPlan | null {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type) || type.name !== `${entity}Connection`) return null;
  const walk = { info, maxPageSize };
  const items = itemsOf(walk, type, info.fieldNodes);
  return items && { node: nodePlan(walk, itemTypeOf(type), MODEL.entity(entity), items.fields), totalCount: items.totalCount };
}

/** Whether compiling pays: a plan with no link is the look-up or list the resolvers run anyway. */
export function bringsLinks(plan: NodePlan): boolean {
  return plan.links.length > 0;
}

/**
 * The nested connections the compiler answers (`Regency.agencies`, ...) and their order, when
 * their selection and arguments are ones it knows: the tests check each order against its
 * loader's query and take pages of each both ways.
 */
export function compiledConnections(schema: GraphQLSchema): Array<{ readonly field: string; readonly order: Order }> {
  const found: Array<{ field: string; order: Order }> = [];
  for (const entity of MODEL.entities) {
    const type = schema.getType(entity.name);
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const end = endOf(entity.name, field.name);
      const named = getNamedType(field.type);
      if (end && isObjectType(named) && isConnectionOf(named, end)) {
        found.push({ field: `${entity.name}.${field.name}`, order: orderOf(end, itemTypeOf(named)?.name !== end.target.name) });
      }
    }
  }
  return found;
}
