import { Field, Float, ID, Int } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { apiFieldName, isEnum } from '../model/registry';
import type { EntityModel, FieldModel } from '../model';
import { graphqlEnum } from './enums';
import { GeoPoint } from './geo';
import { LocalDate } from './scalars';

const SCALARS = { ID, String, Int, Float, Boolean, Date: LocalDate, Point: GeoPoint } as const;

function graphqlType(type: FieldModel['type']): ClassType | object {
  return isEnum(type) ? graphqlEnum(type) : SCALARS[type];
}

/**
 * Declares an entity's scalar fields on its GraphQL object type, from the model: name,
 * type, nullability and description are said once, in src/model/entities/. Every entity also
 * gets `key`, its key (`id`, the global id, comes from the `Node` interface). A field whose API
 * name differs from its property (`key` for a stored `id`) reads the property. The class keeps
 * only what is its own (values a query brings along, field resolvers).
 */
export function entityFields(target: ClassType, model: EntityModel): void {
  const declare = (property: string, name: string, type: ClassType | object, options: { nullable: boolean; description: string }): void => {
    // A renamed field needs a resolver that reads the property, which simple resolvers skip.
    Field(() => type, { ...options, name, simple: name === property ? undefined : false })(target.prototype as object, property);
  };
  for (const [property, field] of Object.entries(model.fields)) {
    const name = apiFieldName(property);
    // `key` is plain text: only `id` is an identity a client cache should key on.
    const type = name === 'key' ? String : graphqlType(field.type);
    declare(property, name, type, { nullable: field.nullable ?? false, description: field.description });
  }
  if (apiFieldName(model.key.field) !== 'key') {
    declare(model.key.field, 'key', String, { nullable: false, description: `Its key, the same as \`${model.key.field}\`: the global id without "${model.name}:".` });
  }
}
