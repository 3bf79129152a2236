import { MODEL } from '../model';
import type { KeyCopy, KeyFormat, Registry, WhereField } from '../model';
import { apiFieldName, constantCase } from '../model/registry';

/**
 * How each field of a `where` input maps to Cypher. Only what a spec names can reach a
 * query: property names and patterns come from here, values travel as parameters.
 * Patterns use `$from` and `$to` for the variables of the two ends.
 */
export type FieldSpec =
  | { readonly kind: 'id'; readonly property: string; readonly keyOf?: KeyCopy }
  | { readonly kind: 'text'; readonly property: string; readonly searchText?: boolean }
  | { readonly kind: 'enum'; readonly property: string }
  | { readonly kind: 'int'; readonly expression: string }
  | { readonly kind: 'date'; readonly property: string }
  | { readonly kind: 'bool'; readonly property: string }
  | { readonly kind: 'near'; readonly property: string }
  | { readonly kind: 'one'; readonly pattern: string; readonly target: () => EntitySpec; readonly keyOf?: KeyCopy }
  | { readonly kind: 'many'; readonly pattern: string; readonly target: () => EntitySpec };

export interface EntitySpec {
  readonly label: string;
  /** The unique key property and its format. */
  readonly key: { readonly property: string; readonly format: KeyFormat };
  readonly fields: Readonly<Record<string, FieldSpec>>;
}

/** A property compared exactly (codes, ids); `keyOf` when it holds a related node's key. */
export const id = (property: string, keyOf?: KeyCopy): FieldSpec => ({ kind: 'id', property, keyOf });
/** A name: `eq`/`startsWith` on the lower-cased property; `contains` on `searchText` when the label has it. */
export const text = (property: string, searchText = false): FieldSpec => ({ kind: 'text', property, searchText });
export const enumeration = (property: string): FieldSpec => ({ kind: 'enum', property });
/** A number: a property (`n.since`) or a count (`COUNT { ($from)<-[:IN_REGENCY]-() }`). */
export const int = (expression: string): FieldSpec => ({ kind: 'int', expression });
export const date = (property: string): FieldSpec => ({ kind: 'date', property });
export const bool = (property: string): FieldSpec => ({ kind: 'bool', property });
/** A point property within a radius (`{ latitude, longitude, km }`). */
export const near = (property: string): FieldSpec => ({ kind: 'near', property });
/** A to-one relationship: the where input of the other end; `keyOf` when this end holds the other end's key. */
export const one = (pattern: string, target: () => EntitySpec, keyOf?: KeyCopy): FieldSpec => ({ kind: 'one', pattern, target, keyOf });
/** A to-many relationship: `some`, `none`, `all`, `count`. */
export const many = (pattern: string, target: () => EntitySpec): FieldSpec => ({ kind: 'many', pattern, target });

/** A sortable field: the Cypher expression over `$n` and the type of its value. */
export interface SortFieldSpec {
  readonly expression: string;
  readonly type: 'string' | 'int' | 'date';
  /** May be missing on a node: sorted as the lowest value. Keys that cannot be missing sort bare, so Neo4j can read them in index order. */
  readonly nullable: boolean;
}

export interface SortSpec {
  /** The unique key that breaks ties, always last and ascending (`$n.code`). */
  readonly key: string;
  readonly fields: Readonly<Record<string, SortFieldSpec>>;
  /** Sort used when none is given (the unique key alone, ascending). */
  readonly defaultField: string;
}

/** The filter spec of a field of the entity itself. */
function scalarSpec(field: Extract<WhereField, { kind: 'scalar' }>): FieldSpec {
  const property = field.property;
  switch (field.filter.kind) {
    case 'id':
      return id(property, field.keyOf);
    case 'text':
      return text(property, field.filter.searchText ?? false);
    case 'enum':
      return enumeration(property);
    case 'int':
      return int(`$from.${property}`);
    case 'date':
      return date(property);
    case 'bool':
      return bool(property);
    case 'near':
      return near(property);
  }
}

/** The filter spec of one where field, as the model declares it. */
function fieldSpec(field: WhereField, specOf: (name: string) => EntitySpec): FieldSpec {
  switch (field.kind) {
    case 'scalar':
      return scalarSpec(field);
    case 'one':
      return one(field.pattern, () => specOf(field.target), field.keyOf);
    case 'many':
      return many(field.pattern, () => specOf(field.target));
    case 'count':
      return int(`COUNT { ${field.pattern} }`);
  }
}

/** The where specs of every entity of a registry, built once; their relationship fields point at each other lazily. */
export function whereSpecs(registry: Registry): (name: string) => EntitySpec {
  const specs = new Map<string, EntitySpec>();
  const specOf = (name: string): EntitySpec => {
    let spec = specs.get(name);
    if (!spec) {
      const fields: Record<string, FieldSpec> = {};
      const entity = registry.entity(name);
      spec = { label: name, key: { property: entity.key.field, format: entity.key.format }, fields };
      specs.set(name, spec);
      for (const field of registry.whereFields(name)) fields[field.name] = fieldSpec(field, specOf);
    }
    return spec;
  };
  return specOf;
}

/** The sort spec of an entity: its sortable fields, ties broken by its key. */
export function sortSpecOf(registry: Registry, name: string): SortSpec {
  const entity = registry.entity(name);
  const fields: Record<string, SortFieldSpec> = {};
  for (const field of registry.sortFields(name)) {
    fields[field.value] = { expression: `$n.${field.field}`, type: field.type, nullable: entity.fields[field.field]?.nullable ?? false };
  }
  const key = entity.key.field;
  return { key: `$n.${key}`, defaultField: constantCase(apiFieldName(key)), fields };
}

/** The where spec of an entity of the graph's model. */
export const whereSpec = whereSpecs(MODEL);
/** The sort spec of an entity of the graph's model. */
export const sortSpec = (name: string): SortSpec => sortSpecOf(MODEL, name);
