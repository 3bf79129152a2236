import { Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { PageInfo } from './pagination';

/** Said once for every connection type (each entity's subclass names itself). */
export function connectionDescription(name: string): string {
  return `A page of a list of ${name} items (a Relay connection): read on with first/after, back with last/before.`;
}

/**
 * Builds `<Name>Edge` and an abstract connection class for an object type; each entity
 * declares `@ObjectType({ simpleResolvers: true }) class RegencyConnection extends Connection(Regency, 'Regency') {}`.
 */
export function Connection<T extends object>(Item: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${name} of a page, with its position in the list.` })
  class Edge {
    @Field({ description: 'Opaque position of this edge: pass it as `after` to read on, or as `before` to read back.' }) cursor!: string;
    @Field(() => Item, { description: `The ${name} itself.` }) node!: T;
  }

  @ObjectType({ simpleResolvers: true, description: connectionDescription(name) })
  abstract class ConnectionBase {
    @Field(() => [Edge], { description: 'The items of this page, in list order, each with its cursor.' }) edges!: Edge[];
    @Field(() => [Item], { description: `The ${name} items of this page, in list order: the edges' nodes, for a client that needs no cursor of each.` })
    nodes!: T[];
    @Field(() => PageInfo, { description: 'Whether more items lie before or after this page, and the cursors to read them.' }) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'How many items match, across all pages.' }) totalCount!: number;
  }
  return ConnectionBase;
}
