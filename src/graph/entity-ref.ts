import { registerEnumType } from 'type-graphql';
import { assertKey } from '../common/codes';
import { constantCase } from '../model/registry';
import { ENTITY_NAMES, MODEL } from '../model';
import type { EntityName } from '../model';
import { BadUserInputError } from '../errors';

/** Every node label of the graph, from the model: the first part of an entity reference; GraphQL names it in ALL_CAPS (REGENCY). */
export const EntityLabel = Object.fromEntries(ENTITY_NAMES.map((name) => [constantCase(name), name])) as { readonly [N in EntityName as Uppercase<N>]: N };
export type EntityLabel = EntityName;
registerEnumType(EntityLabel, {
  name: 'EntityLabel',
  description: 'The kind of an entity: the label of its node, the part before ":" in its reference ("Regency:36.04").',
  valuesConfig: Object.fromEntries(MODEL.entities.map((entity) => [constantCase(entity.name), { description: entity.description }])),
});

const LABELS: ReadonlySet<string> = new Set(ENTITY_NAMES);

/** A parsed entity reference, as the graph queries take it (`$from`, `$of`: `{label, key}`). */
export interface EntityRef {
  readonly label: EntityLabel;
  /** The label's key: a code for the official areas, an id for the curated labels. */
  readonly key: string;
}

const EXAMPLES = '"Regency:36.04", "Official:ratu-tatu-chasanah" or "Program:35.10-tourism-development-programs"';

/** "Label:key", the form in which arguments name an entity and results identify one. */
export function formatEntityRef(label: string, key: string): string {
  return `${label}:${key}`;
}

/**
 * Reads an entity reference ("Regency:36.04"), throwing BAD_USER_INPUT naming the argument
 * when the label is unknown or the key is not in the label's format. Whether the entity
 * exists is for the query to find out.
 */
export function parseEntityRef(ref: string, argumentName: string): EntityRef {
  const colon = ref.indexOf(':');
  if (colon < 0) {
    throw new BadUserInputError(`"${ref}" is not an entity reference: write Label:key, e.g. ${EXAMPLES}.`, argumentName);
  }
  const label = ref.slice(0, colon);
  const key = ref.slice(colon + 1);
  if (!LABELS.has(label)) {
    throw new BadUserInputError(
      `"${ref}" is not an entity reference: "${label}" is not a label of the graph (${[...LABELS].join(', ')}).`,
      argumentName,
    );
  }
  const typed = label as EntityLabel;
  assertKey(MODEL.keyFormat(typed), key, argumentName, typed);
  return { label: typed, key };
}

/** The argument of every root look-up, said once. */
export const ID_OR_KEY_ARGUMENT = 'The global id ("Regency:36.04", "Official:ratu-tatu-chasanah") or the bare key ("36.04", "ratu-tatu-chasanah").';

/**
 * The key a root look-up names (`official(id:)`, `regency(code:)`): the entity's global id
 * ("Official:ratu-tatu-chasanah") or its bare key ("ratu-tatu-chasanah"). A global id of
 * another label is refused, naming it.
 */
export function keyOfIdOrKey(label: EntityLabel, value: string, argumentName: string): string {
  if (!value.includes(':')) return assertKey(MODEL.keyFormat(label), value, argumentName, label.toLowerCase());
  const ref = parseEntityRef(value, argumentName);
  if (ref.label !== label) {
    throw new BadUserInputError(`"${value}" is the id of a ${ref.label}, but "${argumentName}" names a ${label}.`, argumentName);
  }
  return ref.key;
}
