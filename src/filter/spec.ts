/**
 * How each field of a `where` input maps to Cypher. Only what a spec names can reach a
 * query: property names and patterns come from here, values travel as parameters.
 * Patterns use `$from` and `$to` for the variables of the two ends.
 */
export type FieldSpec =
  | { readonly kind: 'id'; readonly property: string }
  | { readonly kind: 'text'; readonly property: string; readonly searchText?: boolean }
  | { readonly kind: 'enum'; readonly property: string }
  | { readonly kind: 'int'; readonly expression: string }
  | { readonly kind: 'date'; readonly property: string }
  | { readonly kind: 'bool'; readonly property: string }
  | { readonly kind: 'one'; readonly pattern: string; readonly target: () => EntitySpec }
  | { readonly kind: 'many'; readonly pattern: string; readonly target: () => EntitySpec };

export interface EntitySpec {
  readonly label: string;
  readonly fields: Readonly<Record<string, FieldSpec>>;
}

/** A property compared exactly (codes, ids). */
export const id = (property: string): FieldSpec => ({ kind: 'id', property });
/** A name: `eq`/`startsWith` on the lower-cased property; `contains` on `searchText` when the label has it. */
export const text = (property: string, searchText = false): FieldSpec => ({ kind: 'text', property, searchText });
export const enumeration = (property: string): FieldSpec => ({ kind: 'enum', property });
/** A number: a property (`n.since`) or a count (`COUNT { ($from)<-[:IN_REGENCY]-() }`). */
export const int = (expression: string): FieldSpec => ({ kind: 'int', expression });
export const date = (property: string): FieldSpec => ({ kind: 'date', property });
export const bool = (property: string): FieldSpec => ({ kind: 'bool', property });
/** A to-one relationship: the where input of the other end. */
export const one = (pattern: string, target: () => EntitySpec): FieldSpec => ({ kind: 'one', pattern, target });
/** A to-many relationship: `some`, `none`, `all`, `count`. */
export const many = (pattern: string, target: () => EntitySpec): FieldSpec => ({ kind: 'many', pattern, target });

/** A sortable field: the Cypher expression over `$n` and the type of its value. */
export interface SortFieldSpec {
  readonly expression: string;
  readonly type: 'string' | 'int' | 'date';
}

export interface SortSpec {
  /** The unique key that breaks ties, always last and ascending (`$n.code`). */
  readonly key: string;
  readonly fields: Readonly<Record<string, SortFieldSpec>>;
  /** Sort used when none is given (the unique key alone, ascending). */
  readonly defaultField: string;
}
