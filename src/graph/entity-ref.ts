import { registerEnumType } from 'type-graphql';
import { assertAreaCode, assertId } from '../common/codes';
import type { AreaLevel } from '../common/codes';
import { BadUserInputError } from '../errors';

/** Every node label of the graph (docs/model.md): the first part of an entity reference. */
export enum EntityLabel {
  Province = 'Province',
  Regency = 'Regency',
  District = 'District',
  Village = 'Village',
  Official = 'Official',
  Agency = 'Agency',
  Program = 'Program',
  Agreement = 'Agreement',
  Sector = 'Sector',
  Source = 'Source',
  Claim = 'Claim',
}
registerEnumType(EntityLabel, {
  name: 'EntityLabel',
  description: 'The kind of an entity: the label of its node, the part before ":" in its reference ("Regency:36.04").',
});

/** Backbone labels are keyed by their official code, in the format of their level. */
const AREA_LEVELS: Partial<Record<EntityLabel, AreaLevel>> = {
  [EntityLabel.Province]: 'province',
  [EntityLabel.Regency]: 'regency',
  [EntityLabel.District]: 'district',
  [EntityLabel.Village]: 'village',
};

const LABELS: ReadonlySet<string> = new Set(Object.values(EntityLabel));

/** A parsed entity reference, as the graph queries take it (`$from`, `$of`: `{label, key}`). */
export interface EntityRef {
  readonly label: EntityLabel;
  /** `code` for Province, Regency, District and Village; `id` for the curated labels. */
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
  const level = AREA_LEVELS[typed];
  if (level) assertAreaCode(level, key, argumentName);
  else assertId(typed, key, argumentName);
  return { label: typed, key };
}
