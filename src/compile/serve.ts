import { isObjectType } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { compiledValue } from './attach';

/**
 * Lets every field with a resolver answer from what a compiled query brought (attach.ts) and
 * run its own resolver only when nothing was: the resolvers and their DataLoaders stay the
 * fallback, untouched. Applied once to the built schema.
 */
export function serveCompiled(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      field.resolve = (parent, args, context, info) => {
        const compiled = compiledValue(parent, String(info.path.key));
        return compiled ? compiled.value : resolve(parent, args, context, info);
      };
    }
  }
  return schema;
}
