import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { Provenance, provenanceOf } from './provenance.type';
import type { ProvenanceFields } from './provenance.type';


/**
 * Base of the resolvers of curated relationships (a position, a signature, an adoption):
 * adds their `provenance` field, read from the relationship's own properties.
 */
export function SourcedResolver<T extends ProvenanceFields>(type: ClassType<T>) {
  @Resolver(() => type)
  abstract class SourcedResolverBase {
    @FieldResolver(() => [Provenance], { description: 'The sources stating this fact, with their quotes.' })
    provenance(@Root() row: T): Provenance[] {
      return provenanceOf(row);
    }
  }
  return SourcedResolverBase;
}
