import { registerEnumType } from 'type-graphql';
import { BadUserInputError } from '../errors';

/** Every relationship type of the graph (docs/model.md, "Relationships"). */
export enum RelationshipType {
  IN_PROVINCE = 'IN_PROVINCE',
  IN_REGENCY = 'IN_REGENCY',
  IN_DISTRICT = 'IN_DISTRICT',
  PART_OF = 'PART_OF',
  HOLDS_POSITION = 'HOLDS_POSITION',
  PARTY_TO = 'PARTY_TO',
  SIGNED_MOU = 'SIGNED_MOU',
  COVERS = 'COVERS',
  RUNS = 'RUNS',
  ADOPTED = 'ADOPTED',
  ORIGINATED_IN = 'ORIGINATED_IN',
  IN_SECTOR = 'IN_SECTOR',
  ACCOMPANIED = 'ACCOMPANIED',
  ABOUT = 'ABOUT',
  STATED_BY = 'STATED_BY',
  SOURCED_FROM = 'SOURCED_FROM',
}
registerEnumType(RelationshipType, {
  name: 'RelationshipType',
  description: 'The types of relationship in the graph; backbone ones carry no provenance, curated ones carry their source and quote.',
  valuesConfig: {
    IN_PROVINCE: { description: 'Regency → Province (backbone).' },
    IN_REGENCY: { description: 'District → Regency (backbone).' },
    IN_DISTRICT: { description: 'Village → District (backbone).' },
    PART_OF: { description: 'Agency → Regency: an agency (SKPD / OPD) of a government.' },
    HOLDS_POSITION: { description: 'Official → Regency or Agency: a title held there (Bupati, Kepala Bappeda).' },
    PARTY_TO: { description: 'Regency → Agreement: a government bound by an agreement.' },
    SIGNED_MOU: { description: 'Official → Agreement: who signed it.' },
    COVERS: { description: 'Agreement → Sector.' },
    RUNS: { description: 'Regency → Program: a government running a program, policy or practice.' },
    ADOPTED: { description: 'Regency → Program: an adoption (planned, in progress or done) from another government.' },
    ORIGINATED_IN: { description: 'Program → Regency: where it began.' },
    IN_SECTOR: { description: 'Program → Sector.' },
    ACCOMPANIED: { description: 'Official → Official: one went with the other on a visit.' },
    ABOUT: { description: 'Claim → Regency: what a source says about a government (reported, not asserted).' },
    STATED_BY: { description: 'Claim → Official: who said it.' },
    SOURCED_FROM: { description: 'Curated node → Source: the document that mentions it, with the quote.' },
  },
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
