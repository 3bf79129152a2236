import { Field, InputType, registerEnumType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { graphqlEnum } from '../common/enums';
import { NearFilter } from '../common/geo';
import { MODEL } from '../model';
import { apiFieldName } from '../model/registry';
import type { EntityModel, EnumModel, Registry, WhereField } from '../model';
import { DateFilter, EnumFilter, IdFilter, IntFilter, ListFilter, SortInputType, TextFilter } from './inputs';

/**
 * The `where` and `sort` inputs of every entity, built from the model (src/model/): the
 * GraphQL input and the filter spec (src/filter/spec.ts) come from the same declaration,
 * so they cannot disagree. Named `<Entity>Where`, `<Entity>ListFilter`, `<Enum>Filter`,
 * `<Entity>SortField` and `<Entity>Sort`.
 */

/** What a where input holds at run time: operators by field, and AND / OR / NOT. */
export interface WhereInput {
  AND?: WhereInput[] | null;
  OR?: WhereInput[] | null;
  NOT?: WhereInput | null;
  [field: string]: unknown;
}

/** The `where` and `sort` arguments of every root list, said once. */
export const WHERE_ARGUMENT = 'Conditions the items must meet: every one given must hold (combine alternatives with OR).';
export const SORT_ARGUMENT = 'Sort keys, most significant first (default: by key); ties are always broken by the unique key.';

/** What a where field compares: the model's description of the field (and of its operator), or of the relationship's end. */
function whereDescription(entity: EntityModel, field: WhereField): string {
  if (field.kind === 'scalar') return [entity.fields[field.property]?.description, field.filter.description].filter(Boolean).join(' ');
  return field.description ?? `Conditions on its ${field.name}.`;
}

/** A class named at run time (type-graphql reads the GraphQL name from the decorator, people read it in stack traces). */
function namedClass(name: string): ClassType {
  const holder = { [name]: class {} };
  return holder[name];
}

const enumFilters = new Map<EnumModel, ClassType>();

function enumFilter(model: EnumModel): ClassType {
  let filter = enumFilters.get(model);
  if (!filter) {
    filter = EnumFilter(graphqlEnum(model), model.name) as ClassType;
    enumFilters.set(model, filter);
  }
  return filter;
}

function pick(map: ReadonlyMap<string, ClassType>, name: string, what: string): ClassType {
  const found = map.get(name);
  if (!found) throw new Error(`The model gives ${name} no ${what}.`);
  return found;
}

const SCALAR_FILTERS = { id: IdFilter, text: TextFilter, int: IntFilter, date: DateFilter } as const;

/** Builds every entity's where input, list filter and sort input once. */
function buildInputs(registry: Registry) {
  const where = new Map<string, ClassType>();
  const listFilters = new Map<string, ClassType>();
  const sorts = new Map<string, ClassType>();
  for (const entity of registry.entities) {
    const whereClass = namedClass(`${entity.name}Where`);
    InputType(`${entity.name}Where`, { description: `Conditions on ${entity.plural}; all given must hold.` })(whereClass);
    where.set(entity.name, whereClass);
    listFilters.set(entity.name, ListFilter(() => whereClass, entity.name, entity.plural) as ClassType);
  }
  // Thunks: a where input may name one that is built later (or itself).
  const fieldType = (field: WhereField): (() => ClassType | BooleanConstructor) => {
    switch (field.kind) {
      case 'scalar':
        if (field.filter.kind === 'bool') return () => Boolean;
        if (field.filter.kind === 'near') return () => NearFilter;
        if (field.filter.kind === 'enum') {
          // Built now: type-graphql only sees classes that exist before the schema is built.
          const filter = enumFilter(field.enumType as EnumModel);
          return () => filter;
        }
        return () => SCALAR_FILTERS[field.filter.kind as keyof typeof SCALAR_FILTERS];
      case 'one':
        return () => pick(where, field.target, 'where input');
      case 'many':
        return () => pick(listFilters, field.target, 'list filter');
      case 'count':
        return () => IntFilter;
    }
  };
  for (const entity of registry.entities) {
    const whereClass = where.get(entity.name) as ClassType;
    const prototype = whereClass.prototype as object;
    Field(() => [whereClass], { nullable: true, description: 'Every one of these holds.' })(prototype, 'AND');
    Field(() => [whereClass], { nullable: true, description: 'At least one of these holds.' })(prototype, 'OR');
    Field(() => whereClass, { nullable: true, description: 'This does not hold.' })(prototype, 'NOT');
    for (const field of registry.whereFields(entity.name)) {
      Field(fieldType(field), { nullable: true, description: whereDescription(entity, field) })(prototype, field.name);
    }
    const sortFields = registry.sortFields(entity.name);
    if (sortFields.length > 0) {
      const sortEnum = Object.fromEntries(sortFields.map((f) => [f.value, f.value]));
      registerEnumType(sortEnum, {
        name: `${entity.name}SortField`,
        description: `What ${entity.plural} can be sorted by.`,
        valuesConfig: Object.fromEntries(sortFields.map((f) => [f.value, { description: `By ${apiFieldName(f.field)}.` }])),
      });
      sorts.set(entity.name, SortInputType(sortEnum, entity.name) as ClassType);
    }
  }
  return { where, listFilters, sorts };
}

const INPUTS = buildInputs(MODEL);

/** `<Entity>Where`: the where input of an entity of the model. */
export const whereInput = (entity: string): ClassType => pick(INPUTS.where, entity, 'where input');
/** `<Entity>Sort`: one sort key of an entity's lists. */
export const sortInput = (entity: string): ClassType => pick(INPUTS.sorts, entity, 'sortable field');
