import { Field, Float, ID, Int } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { isEnum } from '../model/registry';
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
 * type, nullability and description are said once, in src/model/entities/. The class keeps
 * only what is its own (values a query brings along, field resolvers).
 */
export function entityFields(target: ClassType, model: EntityModel): void {
  for (const [name, field] of Object.entries(model.fields)) {
    const type = graphqlType(field.type);
    Field(() => type, { nullable: field.nullable ?? false, description: field.description })(target.prototype as object, name);
  }
}
