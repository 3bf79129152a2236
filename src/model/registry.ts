import { KEY_FORMATS } from './keys';
import type { EntityModel, EnumModel, FieldModel, FilterKind, FilterModel, KeyFormat, RelationEndModel, ScalarType } from './types';

/** An inconsistent model: the sentence names the entity, the field and what is wrong. */
export class ModelError extends Error {
  override name = 'ModelError';
}

/** A relationship as both ends see it, SOURCED_FROM included. */
export interface ResolvedRelationship {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly description: string;
  readonly curated: boolean;
  readonly out?: RelationEndModel;
  readonly in?: RelationEndModel;
  readonly properties: Readonly<Record<string, FieldModel>>;
  readonly identity?: readonly string[];
}

/**
 * A property that holds the key of a related node (FieldModel.keyOf): the property, the format
 * of the key it holds, and whether the entity's own code nests it.
 */
export interface KeyCopy {
  readonly property: string;
  readonly format: KeyFormat;
  readonly nests: boolean;
}

/** A field of an entity's `where` input, and the Cypher it compiles to. */
export type WhereField =
  | {
      readonly kind: 'scalar';
      readonly name: string;
      /** The node property it compares. */
      readonly property: string;
      readonly filter: FilterModel;
      readonly enumType?: EnumModel;
      readonly keyOf?: KeyCopy;
    }
  | {
      readonly kind: 'one' | 'many';
      readonly name: string;
      readonly target: string;
      readonly pattern: string;
      readonly description?: string;
      /** A to-one relationship whose other end's key this entity holds too. */
      readonly keyOf?: KeyCopy;
    }
  | { readonly kind: 'count'; readonly name: string; readonly pattern: string; readonly description: string };

/** A key of an entity's `sort`: its enum value (PROVINCE_CODE), the field and how it compares. */
export interface SortField {
  readonly value: string;
  readonly field: string;
  readonly type: 'string' | 'int' | 'date';
}

const FILTER_FOR_TYPE: Readonly<Record<ScalarType, FilterKind | null>> = {
  ID: 'id',
  String: 'text',
  Int: 'int',
  Float: null,
  Boolean: 'bool',
  Date: 'date',
  Point: 'near',
};

/** Which filter kinds fit a field of each type. */
const FILTERS_ALLOWED: Readonly<Record<ScalarType | 'enum', readonly FilterKind[]>> = {
  ID: ['id', 'text'],
  String: ['id', 'text'],
  Int: ['int'],
  Float: [],
  Boolean: ['bool'],
  Date: ['date'],
  Point: ['near'],
  enum: ['enum'],
};

const SORT_TYPES: Partial<Record<ScalarType | 'enum', SortField['type']>> = { ID: 'string', String: 'string', Int: 'int', Date: 'date', enum: 'string' };

const PROVENANCE_RELATIONSHIP: Omit<ResolvedRelationship, 'from'> = {
  type: 'SOURCED_FROM',
  to: 'Source',
  description: 'Curated node → Source: the document that mentions it, with the quote.',
  curated: true,
  properties: {},
};

export function isEnum(type: FieldModel['type']): type is EnumModel {
  return typeof type === 'object';
}

/**
 * GraphQL's `id` of every entity is its global id, "Label:key" ("Regency:36.04"); a property
 * stored as `id` (the curated entities' slug) therefore shows in the API as `key`, the field
 * every entity has for its key. Node properties, Cypher and the seed keep their own names.
 */
export function apiFieldName(property: string): string {
  return property === 'id' ? 'key' : property;
}

/** `provinceCode` → `PROVINCE_CODE`. */
export function constantCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

function filterOf(name: string, field: FieldModel): FilterModel | null {
  if (field.filter === undefined) return null;
  if (field.filter === true) {
    const kind = isEnum(field.type) ? 'enum' : FILTER_FOR_TYPE[field.type];
    if (!kind) throw new ModelError(`${name} cannot be filtered: no comparison is defined for its type ${String(field.type)}.`);
    return { kind };
  }
  return typeof field.filter === 'string' ? { kind: field.filter } : field.filter;
}

/**
 * The model, checked once: every name resolves, nothing is declared twice, every filter and
 * sort fits its field's type. Everything the API, the seed and the docs derive from the model
 * goes through here, so an inconsistent declaration stops the process at start-up (and the
 * unit tests) with a sentence, instead of producing a schema that half works.
 */
export class Registry {
  readonly entities: readonly EntityModel[];
  readonly relationships: readonly ResolvedRelationship[];
  private readonly byName: ReadonlyMap<string, EntityModel>;
  private readonly where = new Map<string, readonly WhereField[]>();

  constructor(entities: readonly EntityModel[]) {
    const byName = new Map<string, EntityModel>();
    for (const entity of entities) {
      if (byName.has(entity.name)) throw new ModelError(`The entity ${entity.name} is declared twice.`);
      byName.set(entity.name, entity);
    }
    this.entities = entities;
    this.byName = byName;
    for (const entity of entities) this.checkEntity(entity);
    this.relationships = this.resolveRelationships();
    this.checkRelationshipTypes();
    for (const entity of entities) this.where.set(entity.name, this.buildWhere(entity));
  }

  /** The entity of a label; throws naming the known ones. */
  entity(name: string): EntityModel {
    const entity = this.byName.get(name);
    if (!entity) throw new ModelError(`"${name}" is not an entity of the model (${[...this.byName.keys()].join(', ')}).`);
    return entity;
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The relationship types of the graph, each once, in declaration order. */
  relationshipTypes(): ReadonlyArray<{ readonly type: string; readonly description: string; readonly curated: boolean }> {
    const seen = new Map<string, { type: string; description: string; curated: boolean }>();
    for (const r of this.relationships) if (!seen.has(r.type)) seen.set(r.type, { type: r.type, description: r.description, curated: r.curated });
    return [...seen.values()];
  }

  whereFields(name: string): readonly WhereField[] {
    this.entity(name);
    return this.where.get(name) ?? [];
  }

  sortFields(name: string): readonly SortField[] {
    const entity = this.entity(name);
    return Object.entries(entity.fields)
      .filter(([, field]) => field.sortable)
      .map(([field, model]) => ({
        value: constantCase(apiFieldName(field)),
        field,
        type: SORT_TYPES[isEnum(model.type) ? 'enum' : model.type] as SortField['type'],
      }));
  }

  keyFormat(name: string): KeyFormat {
    return this.entity(name).key.format;
  }

  private checkEntity(entity: EntityModel): void {
    const where = entity.name;
    if (!/^[A-Z][A-Za-z]+$/.test(entity.name)) throw new ModelError(`The entity name "${entity.name}" must be a PascalCase word: it is a label and a GraphQL type.`);
    const key = entity.fields[entity.key.field];
    if (!key) throw new ModelError(`${where} has the key "${entity.key.field}", which is not one of its fields (${Object.keys(entity.fields).join(', ')}).`);
    if (key.type !== 'ID' || key.nullable) throw new ModelError(`${where}.${entity.key.field} is the key, so it must be a non-null ID.`);
    if (entity.fields.key) throw new ModelError(`${where} declares a field "key"; the API derives \`key\` from the entity's key, so name the property otherwise.`);
    if (!entity.fields[entity.displayField]) throw new ModelError(`${where} shows "${entity.displayField}" as its name, which is not one of its fields.`);
    for (const [name, field] of Object.entries(entity.fields)) {
      const filter = filterOf(`${where}.${name}`, field);
      const typeKey = isEnum(field.type) ? 'enum' : field.type;
      if (filter && !FILTERS_ALLOWED[typeKey].includes(filter.kind)) {
        throw new ModelError(`${where}.${name} is a ${typeKey} and cannot be filtered as ${filter.kind} (allowed: ${FILTERS_ALLOWED[typeKey].join(', ') || 'none'}).`);
      }
      if (filter?.searchText && filter.kind !== 'text') throw new ModelError(`${where}.${name} searches searchText, which only a text filter can.`);
      if (field.sortable && !SORT_TYPES[typeKey]) throw new ModelError(`${where}.${name} is a ${typeKey} and cannot be sorted.`);
      if (field.keyOf) this.checkKeyOf(entity, name, field);
      if (field.qualifies !== undefined) {
        const main = entity.fields[field.qualifies];
        if (!main || main.qualifies !== undefined || field.qualifies === entity.key.field) {
          throw new ModelError(`${where}.${name} qualifies "${field.qualifies}", which must be another field of ${where} that qualifies none and is not its key.`);
        }
      }
    }
    for (const name of entity.searchTextOf ?? []) {
      if (!entity.fields[name]) throw new ModelError(`${where}'s searchText folds "${name}", which is not one of its fields.`);
    }
    for (const relationship of entity.relationships ?? []) {
      if (!/^[A-Z][A-Z_]*$/.test(relationship.type)) {
        throw new ModelError(`${where} declares the relationship type "${relationship.type}"; relationship types are UPPER_SNAKE_CASE.`);
      }
      if (!this.byName.has(relationship.target)) {
        throw new ModelError(`${where}'s ${relationship.type} points at "${relationship.target}", which is not an entity of the model (${[...this.byName.keys()].join(', ')}).`);
      }
    }
    for (const path of entity.pathFilters ?? []) {
      if (!this.byName.has(path.target)) throw new ModelError(`${where}.${path.field} filters on "${path.target}", which is not an entity of the model.`);
      if (!path.pattern.includes('($from)') || !path.pattern.includes('($to')) {
        throw new ModelError(`${where}.${path.field}'s pattern must name both ends, ($from) and ($to:...): "${path.pattern}".`);
      }
    }
  }

  private checkKeyOf(entity: EntityModel, name: string, field: FieldModel): void {
    const keyOf = field.keyOf;
    if (!keyOf) return;
    const target = this.byName.get(keyOf.entity);
    if (!target) throw new ModelError(`${entity.name}.${name} holds the key of "${keyOf.entity}", which is not an entity of the model.`);
    if (field.type !== 'String' && field.type !== 'ID') throw new ModelError(`${entity.name}.${name} holds a key, so it must be a String or an ID.`);
    const others = Object.entries(entity.fields).filter(([, f]) => f.keyOf?.entity === keyOf.entity);
    if (others.length > 1) throw new ModelError(`${entity.name} holds the key of ${keyOf.entity} in ${others.map(([n]) => n).join(' and ')}; say it once.`);
    if (keyOf.nests && (KEY_FORMATS[entity.key.format].length === undefined || KEY_FORMATS[target.key.format].length === undefined)) {
      throw new ModelError(`${entity.name}.${name} says its code nests ${keyOf.entity}'s, but only fixed-length codes nest (${entity.key.format}, ${target.key.format}).`);
    }
  }

  /** The property of an entity that holds the key of another (FieldModel.keyOf), if one does. */
  private keyCopy(entity: EntityModel, of: string): KeyCopy | undefined {
    for (const [property, field] of Object.entries(entity.fields)) {
      if (field.keyOf?.entity === of) return { property, format: this.entity(of).key.format, nests: field.keyOf.nests };
    }
    return undefined;
  }

  private resolveRelationships(): ResolvedRelationship[] {
    const resolved: ResolvedRelationship[] = [];
    for (const entity of this.entities) {
      for (const r of entity.relationships ?? []) {
        resolved.push({ ...r, from: entity.name, to: r.target, properties: r.properties ?? {} });
      }
    }
    // Every curated node cites the sources that declare it; said once here, not per entity.
    if (this.byName.has('Source')) {
      for (const entity of this.entities) {
        if (entity.layer === 'curated' && entity.name !== 'Source') resolved.push({ ...PROVENANCE_RELATIONSHIP, from: entity.name });
      }
    }
    return resolved;
  }

  /** A type declared on several ends (HOLDS_POSITION → Regency or Agency) must say the same of itself. */
  private checkRelationshipTypes(): void {
    const first = new Map<string, ResolvedRelationship>();
    for (const r of this.relationships) {
      const earlier = first.get(r.type);
      if (!earlier) {
        first.set(r.type, r);
        continue;
      }
      if (earlier.description !== r.description || earlier.curated !== r.curated) {
        throw new ModelError(`${r.type} is declared by ${earlier.from} and ${r.from} with a different description or curated flag; say it the same way both times.`);
      }
    }
  }

  private buildWhere(entity: EntityModel): WhereField[] {
    const fields: WhereField[] = [];
    for (const [name, field] of Object.entries(entity.fields)) {
      const filter = filterOf(`${entity.name}.${name}`, field);
      if (filter) {
        const keyOf = field.keyOf && this.keyCopy(entity, field.keyOf.entity);
        fields.push({ kind: 'scalar', name: filter.name ?? apiFieldName(name), property: name, filter, enumType: isEnum(field.type) ? field.type : undefined, keyOf });
      }
    }
    for (const r of this.relationships) {
      if (r.from === entity.name && r.out) {
        const keyOf = r.out.one ? this.keyCopy(entity, r.to) : undefined;
        fields.push(...endFields(r.out, r.to, `($from)-[:${r.type}]->($to:${r.to})`, r.type, 'out', keyOf));
      }
      if (r.to === entity.name && r.in) fields.push(...endFields(r.in, r.from, `($to:${r.from})-[:${r.type}]->($from)`, r.type, 'in'));
    }
    for (const path of entity.pathFilters ?? []) {
      fields.push({ kind: 'many', name: path.field, target: path.target, pattern: path.pattern, description: path.description });
    }
    const seen = new Set<string>();
    for (const field of fields) {
      if (seen.has(field.name) || field.name === 'AND' || field.name === 'OR' || field.name === 'NOT') {
        throw new ModelError(`${entity.name} has two where fields named "${field.name}": rename one end of a relationship, a path filter or a count.`);
      }
      seen.add(field.name);
    }
    return fields;
  }
}

/** The where fields one end of a relationship contributes: the relationship itself and its count. */
function endFields(end: RelationEndModel, other: string, pattern: string, type: string, side: 'out' | 'in', keyOf?: KeyCopy): WhereField[] {
  const fields: WhereField[] = [];
  if (end.filterable) {
    fields.push({ kind: end.one ? 'one' : 'many', name: end.field, target: other, pattern, description: end.description, keyOf });
  }
  if (end.count) {
    const counted = side === 'out' ? `($from)-[:${type}]->(:${other})` : `(:${other})-[:${type}]->($from)`;
    fields.push({ kind: 'count', name: end.count.field, pattern: counted, description: end.count.description });
  }
  return fields;
}
