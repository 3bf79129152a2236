/**
 * The shape of the model: plain, typed data that says what the graph holds. Nothing here
 * imports GraphQL or the driver, so the API, the seed, the docs and the tests all read the
 * same declarations (src/model/entities/) and derive what they need from them.
 */

/** A closed set of values, e.g. Kabupaten or Kota; `values` maps each value to its description. */
export interface EnumModel<V extends string = string> {
  readonly name: string;
  readonly description: string;
  readonly values: Readonly<Record<V, string>>;
}

export type ScalarType = 'ID' | 'String' | 'Int' | 'Float' | 'Boolean' | 'Date' | 'Point';

/**
 * How `where` compares a field: `id` exact (`eq`, `in`, `startsWith`), `text` case-insensitive
 * (`eq`, `startsWith`, `contains`), `enum` (`eq`, `in`), `int` and `date` (comparisons),
 * `bool` (true or false), `near` (a point within a radius: `{ latitude, longitude, km }`).
 */
export type FilterKind = 'id' | 'text' | 'enum' | 'int' | 'date' | 'bool' | 'near';

export interface FilterModel {
  readonly kind: FilterKind;
  /** Said on the where input's field, when the operator needs explaining. */
  readonly description?: string;
  /** `contains` looks in the node's folded `searchText` (names, nicknames, short names, "Kab." forms). */
  readonly searchText?: boolean;
  /** The where field's name when it is not the field's own (`near` for a `coordinate`). */
  readonly name?: string;
}

export interface FieldModel {
  readonly type: ScalarType | EnumModel;
  readonly description: string;
  /** Absent from some nodes; GraphQL says so. */
  readonly nullable?: boolean;
  /**
   * Compared in `where`: `true` for the usual comparison of its type (an ID exactly, a
   * String as text, an enum by value, ...), a kind to choose another, or its full form.
   * Absent: not filterable.
   */
  readonly filter?: true | FilterKind | FilterModel;
  /** A key of `sort` (named in CONSTANT_CASE: `provinceCode` sorts as PROVINCE_CODE). */
  readonly sortable?: boolean;
  /** The key of a related node, copied onto this one: see KeyOfModel. */
  readonly keyOf?: KeyOfModel;
  /**
   * A qualifier of another field of the entity: a source states it only with that field, as
   * one value (an agreement's `dateText` and `dateInferred` go with its `date`), so sources
   * that disagree on the date keep each their own wording. docs/model.md, "Statements".
   */
  readonly qualifies?: string;
}

/**
 * A property holding the key of a related node (a village's `districtCode` is its district's
 * code), so `where` reads it instead of walking the relationship. `nests`: this entity's own
 * code starts with that key and a dot (Kemendagri codes are hierarchical: village
 * 36.04.01.2001 in district 36.04.01 in regency 36.04 in province 36), so "in regency 36.04",
 * however deep, is a range of the own code's index (`code STARTS WITH '36.04.'`).
 */
export interface KeyOfModel {
  readonly entity: string;
  readonly nests: boolean;
}

/** One end of a relationship as the entity at that end sees it. */
export interface RelationEndModel {
  /** The name of the relationship on this end (`regencies`, `province`). */
  readonly field: string;
  /** Says what the other ends are, for the where input and the docs. */
  readonly description?: string;
  /** The relationship can be used in this end's `where` (`some`/`none`/`all`/`count`, or the other end's where when `one`). */
  readonly filterable?: boolean;
  /** At most one other end (a regency's province); default: many. */
  readonly one?: boolean;
  /** A where field counting the other ends (`districtCount`). */
  readonly count?: { readonly field: string; readonly description: string };
}

/**
 * A relationship, declared once, on the entity it starts from: `(this)-[:TYPE]->(target)`.
 * `out` is how this entity names it, `in` how the target does; either may be absent when the
 * API has no field for it on that side.
 */
export interface RelationshipModel {
  readonly type: string;
  readonly target: string;
  readonly description: string;
  /** Backbone relationships come from the official dataset; curated ones carry their sources. */
  readonly curated: boolean;
  readonly out?: RelationEndModel;
  readonly in?: RelationEndModel;
  /** Properties on the relationship itself (provenance aside). */
  readonly properties?: Readonly<Record<string, FieldModel>>;
  /**
   * Properties that tell two facts of this type between the same two entities apart (a
   * position's title): sources giving another title state another fact, not another value.
   */
  readonly identity?: readonly string[];
}

/**
 * A where field over a pattern that is not a single relationship: "partners" (two hops
 * through an agreement), "governments" (directly or through an agency). `$from` and `$to`
 * stand for this entity and the target.
 */
export interface PathFilterModel {
  readonly field: string;
  readonly target: string;
  readonly pattern: string;
  readonly description: string;
}

/** How keys look: an official Kemendagri code of a level, or a lower-case slug. */
export type KeyFormat = 'province-code' | 'regency-code' | 'district-code' | 'village-code' | 'island-code' | 'slug';

export interface EntityModel {
  /** The node label, the GraphQL type name and the first part of an entity reference. */
  readonly name: string;
  readonly description: string;
  /** `backbone`: the official areas (from idn-area-data); `curated`: recorded from sources. */
  readonly layer: 'backbone' | 'curated';
  /** The unique key property (a code or an id) and its format. */
  readonly key: { readonly field: string; readonly format: KeyFormat };
  /** What the where input's description calls a list of them: "regencies and cities". */
  readonly plural: string;
  /** The property a graph view shows as the node's name. */
  readonly displayField: string;
  readonly fields: Readonly<Record<string, FieldModel>>;
  /**
   * Where a neighbourhood's cap puts it among the entities at one distance, lowest first:
   * absent (0) for what is curated, then the backbone from the top down, so that the hundreds of
   * villages a regency reaches in two hops go last. Rendered into cypher/graph/neighbourhood.cypher.
   */
  readonly neighbourhoodTier?: 1 | 2 | 3;
  readonly relationships?: readonly RelationshipModel[];
  readonly pathFilters?: readonly PathFilterModel[];
  /** The fields folded into the node's `searchText`, which `contains` filters read (curated entities; the seed builds it). */
  readonly searchTextOf?: readonly string[];
}

/** The TypeScript type of a value of a field, as the API holds it (dates as ISO text). */
type ValueOf<F> = F extends { readonly type: EnumModel<infer V> }
  ? V
  : F extends { readonly type: 'ID' | 'String' | 'Date' }
    ? string
    : F extends { readonly type: 'Int' | 'Float' }
      ? number
      : F extends { readonly type: 'Boolean' }
        ? boolean
        : F extends { readonly type: 'Point' }
          ? { latitude: number; longitude: number }
          : never;

/** A node of an entity as the API loads it: each declared field, null where the model allows it. */
export type EntityRow<E extends EntityModel> = {
  -readonly [K in keyof E['fields']]: E['fields'][K] extends { readonly nullable: true } ? ValueOf<E['fields'][K]> | null : ValueOf<E['fields'][K]>;
};
