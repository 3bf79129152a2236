import { registerEnumType } from 'type-graphql';
import { BadUserInputError } from '../errors';
import { MODEL } from '../model';

/** Every relationship type of the graph, from the model (src/model/entities/). */
export const RelationshipType: Readonly<Record<string, string>> = Object.fromEntries(MODEL.relationshipTypes().map(({ type }) => [type, type]));
export type RelationshipType = string;
registerEnumType(RelationshipType, {
  name: 'RelationshipType',
  description: 'The types of relationship in the graph; backbone ones carry no provenance, curated ones carry their source and quote.',
  valuesConfig: Object.fromEntries(MODEL.relationshipTypes().map(({ type, description }) => [type, { description }])),
});

const ALL_TYPES: readonly RelationshipType[] = Object.values(RelationshipType);

/**
 * Types a path may follow. Never SOURCED_FROM: through a Source, any two facts of one
 * document would be two hops apart. ABOUT and STATED_BY (claims) only when asked for: a
 * claim is what a source says, not a fact the graph asserts, so by default a path is made
 * of facts only.
 */
export const NEVER_ON_PATHS: readonly RelationshipType[] = [RelationshipType.SOURCED_FROM];
export const DEFAULT_PATH_TYPES: readonly RelationshipType[] = ALL_TYPES.filter(
  (t) => !NEVER_ON_PATHS.includes(t) && t !== RelationshipType.ABOUT && t !== RelationshipType.STATED_BY,
);

/**
 * Types a neighbourhood follows unless told otherwise: all but SOURCED_FROM, whose content
 * each edge already carries as `provenance`. Claims are in: they are part of what the graph
 * holds about an entity, and their nodes say they are claims.
 */
export const DEFAULT_NEIGHBOURHOOD_TYPES: readonly RelationshipType[] = ALL_TYPES.filter((t) => t !== RelationshipType.SOURCED_FROM);

/**
 * The types a query runs with: the default when none are given, otherwise the given ones,
 * which must be non-empty and may not include a forbidden one (`why` says why). Throws
 * BAD_USER_INPUT naming the argument.
 */
export function relationshipTypes(
  given: readonly RelationshipType[] | null | undefined,
  defaults: readonly RelationshipType[],
  forbidden: readonly RelationshipType[] = [],
  why = '',
): RelationshipType[] {
  if (given == null) return [...defaults];
  if (given.length === 0) {
    throw new BadUserInputError('"relationshipTypes" is empty: give at least one type, or leave it out for the default.', 'relationshipTypes');
  }
  const refused = given.filter((t) => forbidden.includes(t));
  if (refused.length > 0) {
    throw new BadUserInputError(`"relationshipTypes" may not contain ${refused.join(', ')}: ${why}`, 'relationshipTypes');
  }
  return [...new Set(given)];
}
