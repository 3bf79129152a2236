import { Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { PageInfo } from './pagination';

/**
 * Builds `<Name>Edge` and an abstract connection class for an object type; each entity
 * declares `@ObjectType({ simpleResolvers: true }) class RegencyConnection extends Connection(Regency, 'Regency') {}`.
 */
export function Connection<T extends object>(Item: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field({ description: 'Opaque position of this edge: pass it as `after` to read on, or as `before` to read back.' }) cursor!: string;
    @Field(() => Item) node!: T;
  }

  @ObjectType({ simpleResolvers: true })
  abstract class ConnectionBase {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'How many items match, across all pages.' }) totalCount!: number;
  }
  return ConnectionBase;
}
