/**
 * From a GraphQL selection to a plan: which entity a field returns, and which of the fields
 * under it are relationship ends of the model (src/model/) that one Cypher query can bring
 * along. Everything else (arguments with their own logic, wrapper types such as ProgramRun,
 * graph questions, references) is left out of the plan, and its own resolver answers it
 * through the request's DataLoaders as before.
 */
import { getArgumentValues, getNamedType, getNullableType, isListType, isObjectType } from 'graphql';
import type { FieldNode, GraphQLField, GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields';
import { toPage } from '../common/pagination';
import type { KeyPage, PageArgs } from '../common/pagination';
import { MODEL } from '../model';
import type { EntityModel } from '../model';

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
}

/** What one compiled node brings: its entity's fields, and the links its selection asks for. */
export interface NodePlan {
  readonly entity: EntityModel;
  readonly links: readonly LinkPlan[];
}

/** A field under a node that the query answers, by its response key (its alias, or its name). */
export type LinkPlan =
  | { readonly kind: 'one' | 'list'; readonly responseKey: string; readonly end: EndPlan; readonly node: NodePlan }
  | {
      readonly kind: 'connection';
      readonly responseKey: string;
      readonly end: EndPlan;
      readonly node: NodePlan;
      readonly page: KeyPage;
      readonly totalCount: boolean;
    }
  | { readonly kind: 'count'; readonly responseKey: string; readonly end: EndPlan }
  | WrappedPlan;

/**
 * A list of relationship rows (ProgramRun, AgreementParty, ...): the relationship's properties,
 * its fact and value key, both ends' keys under the names the row type gives them
 * (`governmentCode`, `programId`), and the other end itself for each field that selects it.
 */
export interface WrappedPlan {
  readonly kind: 'wrapped';
  readonly responseKey: string;
  readonly end: EndPlan;
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

/**
 * Lists of an entity in another order than its key's, as its loaders read them: agreements
 * newest first (cypher/regency/agreements.cypher, cypher/sector/agreements.cypher). A page of
 * them is not a keyset page on the key, so it is not compiled as one.
 */
export const LIST_ORDER: Readonly<Record<string, string>> = { Agreement: 'date DESC' };

/**
 * The nested connections whose resolvers page by the target's key with key cursors
 * (`toConnection`), which a compiled page issues too. The others (an agency list, a regency's
 * officials, ...) page by a sort key of their own with list cursors (src/common/batch.ts
 * pageLoader), which the compiler does not write yet: a cursor of one must be good for the other.
 */
const KEY_PAGED: ReadonlySet<string> = new Set(['Regency.districts', 'Regency.islands', 'District.villages']);

/** The arguments a connection end compiles with; any other argument has logic of its own. */
const PAGE_FORWARD = new Set(['first', 'after']);

function subfields(walk: Walk, type: GraphQLObjectType, nodes: readonly FieldNode[]): Map<string, readonly FieldNode[]> {
  const { schema, fragments, variableValues } = walk.info;
  return collectSubfields(schema, fragments, variableValues, type, nodes);
}

type Relationship = (typeof MODEL.relationships)[number];

function endPlan(r: Relationship, parent: string, field: string, direction: 'out' | 'in', one: boolean): EndPlan {
  const target = MODEL.entity(direction === 'out' ? r.to : r.from);
  return { parent, field, type: r.type, direction, target, one, properties: Object.keys(r.properties), identity: (r.identity?.length ?? 0) > 0 };
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

/** A forward page in key order, or null when the arguments ask for more (or are wrong: the resolver then says so). */
function forwardPage(args: Record<string, unknown>, maxPageSize: number): KeyPage | null {
  if (Object.keys(args).some((name) => !PAGE_FORWARD.has(name))) return null;
  try {
    const page = toPage(args as PageArgs, maxPageSize);
    return page.backward ? null : page;
  } catch {
    return null;
  }
}

function linkOf(walk: Walk, entity: EntityModel, field: GraphQLField<unknown, unknown>, responseKey: string, nodes: readonly FieldNode[]): LinkPlan | null {
  const args = givenArguments(field, nodes[0] as FieldNode, walk);
  const named = getNamedType(field.type);
  const counted = countOf(entity.name, field.name);
  if (counted) return Object.keys(args).length === 0 && named.name === 'Int' ? { kind: 'count', responseKey, end: counted } : null;
  const end = endOf(entity.name, field.name);
  if (!end || !isObjectType(named)) return null;
  if (named.name === end.target.name) {
    const list = isListType(getNullableType(field.type));
    if (Object.keys(args).length > 0 || list === end.one) return null;
    return { kind: list ? 'list' : 'one', responseKey, end, node: nodePlan(walk, named, end.target, nodes) };
  }
  if (named.name === `${end.target.name}Connection`) {
    if (LIST_ORDER[end.target.name] || !KEY_PAGED.has(`${entity.name}.${field.name}`)) return null;
    const page = forwardPage(args, walk.maxPageSize);
    const connection = page && connectionPlan(walk, named, end.target, nodes);
    return connection ? { kind: 'connection', responseKey, end, page, ...connection } : null;
  }
  const plain = Object.keys(args).length === 0 && isListType(getNullableType(field.type)) && !end.one;
  return plain && !MODEL.has(named.name) ? wrappedPlan(walk, entity, named, end, responseKey, nodes) : null;
}

const capitalised = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
const uncapitalised = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

/**
 * A list of relationship rows, when its row type holds only the relationship's properties,
 * fields with resolvers of their own (provenance, an end they load by key) and the other end.
 * Not for a type whose facts are told apart by identity properties (positions, by title), nor
 * between two entities of one type (who accompanied whom), where an end's name is ambiguous.
 */
function wrappedPlan(walk: Walk, parent: EntityModel, type: GraphQLObjectType, end: EndPlan, responseKey: string, nodes: readonly FieldNode[]): WrappedPlan | null {
  if (end.identity || parent.name === end.target.name) return null;
  const fields = type.getFields();
  // A row names an end's key after its field for that end (`government` + `Code`), else after the entity.
  const keyName = (entity: EntityModel): string => {
    const named = Object.values(fields).find((f) => getNamedType(f.type).name === entity.name);
    return `${named?.name ?? uncapitalised(entity.name)}${capitalised(entity.key.field)}`;
  };
  const others: Array<{ responseKey: string; node: NodePlan }> = [];
  for (const [key, fieldNodes] of subfields(walk, type, nodes)) {
    const field = fields[(fieldNodes[0] as FieldNode).name.value];
    if (!field) return null;
    const named = getNamedType(field.type);
    if (!field.resolve) {
      if (field.name !== '__typename' && !end.properties.includes(field.name)) return null;
    } else if (named.name === end.target.name && isObjectType(named) && Object.keys(givenArguments(field, fieldNodes[0] as FieldNode, walk)).length === 0) {
      others.push({ responseKey: key, node: nodePlan(walk, named, end.target, fieldNodes) });
    }
  }
  return { kind: 'wrapped', responseKey, end, parentKey: keyName(parent), otherKey: keyName(end.target), others };
}

function nodePlan(walk: Walk, type: GraphQLObjectType, entity: EntityModel, nodes: readonly FieldNode[]): NodePlan {
  const links: LinkPlan[] = [];
  const fields = type.getFields();
  for (const [responseKey, fieldNodes] of subfields(walk, type, nodes)) {
    const field = fields[(fieldNodes[0] as FieldNode).name.value];
    // A field with no resolver of its own reads the row, which carries every field of the entity.
    if (!field?.resolve) continue;
    const link = linkOf(walk, entity, field, responseKey, fieldNodes);
    if (link) links.push(link);
  }
  return { entity, links };
}

/**
 * The nodes' plan of a connection (`edges { cursor node }`, `nodes`, `pageInfo`, `totalCount`):
 * the selections of `edges.node` and `nodes` merged. Null when it selects a field this does not know.
 */
function connectionPlan(walk: Walk, type: GraphQLObjectType, entity: EntityModel, nodes: readonly FieldNode[]): ConnectionPlan | null {
  const nodeFields: FieldNode[] = [];
  let nodeType: GraphQLObjectType | null = null;
  let totalCount = false;
  const take = (field: GraphQLField<unknown, unknown>, fieldNodes: readonly FieldNode[]): void => {
    const named = getNamedType(field.type);
    if (isObjectType(named)) nodeType = named;
    nodeFields.push(...fieldNodes);
  };
  for (const [, fieldNodes] of subfields(walk, type, nodes)) {
    const name = (fieldNodes[0] as FieldNode).name.value;
    const field = type.getFields()[name];
    if (!field) return null;
    if (name === 'totalCount') totalCount = true;
    else if (name === 'nodes') take(field, fieldNodes);
    else if (name === 'edges') {
      const edge = getNamedType(field.type);
      if (!isObjectType(edge)) return null;
      for (const [, edgeNodes] of subfields(walk, edge, fieldNodes)) {
        const edgeField = edge.getFields()[(edgeNodes[0] as FieldNode).name.value];
        if (edgeField?.name === 'node') take(edgeField, edgeNodes);
        else if (edgeField?.name !== 'cursor' && edgeField?.name !== '__typename') return null;
      }
    } else if (name !== 'pageInfo' && name !== '__typename') return null;
  }
  const found = nodeType as GraphQLObjectType | null;
  const node = found ? nodePlan(walk, found, entity, nodeFields) : { entity, links: [] };
  return { node, totalCount };
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
  return connectionPlan({ info, maxPageSize }, type, MODEL.entity(entity), info.fieldNodes);
}

/** Whether compiling pays: a plan with no link is the look-up or list the resolvers run anyway. */
export function bringsLinks(plan: NodePlan): boolean {
  return plan.links.length > 0;
}
