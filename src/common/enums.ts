import { registerEnumType } from 'type-graphql';
import { ENUMS } from '../model/enums';
import type { EnumModel } from '../model';

/**
 * The GraphQL enums of the model's enums (src/model/enums.ts): values, the enum's description
 * and each value's description come from the model. All are registered when this module
 * loads, since type-graphql only sees enums registered before the schema is built.
 */
const REGISTERED = new Map<EnumModel, Record<string, string>>(
  ENUMS.map((model: EnumModel) => {
    const enumObject = Object.fromEntries(Object.keys(model.values).map((value) => [value, value]));
    registerEnumType(enumObject, {
      name: model.name,
      description: model.description,
      valuesConfig: Object.fromEntries(Object.entries(model.values).map(([value, description]) => [value, { description }])),
    });
    return [model, enumObject];
  }),
);

/** The registered GraphQL enum of a model enum. */
export function graphqlEnum(model: EnumModel): Record<string, string> {
  const enumObject = REGISTERED.get(model);
  if (!enumObject) throw new Error(`The enum ${model.name} is not in src/model/enums.ts's ENUMS.`);
  return enumObject;
}
