import { BadUserInputError } from '../errors';
import { KEY_FORMATS } from '../model/keys';
import type { KeyFormat } from '../model';

/** The levels of the official areas, as arguments name them. */
export type AreaLevel = 'province' | 'regency' | 'district' | 'village';

/** Throws BAD_USER_INPUT naming the argument and an example when a key is not in its format. */
export function assertKey(format: KeyFormat, key: string, argumentName: string, kind?: string): string {
  const spec = KEY_FORMATS[format];
  if (spec.pattern.test(key)) return key;
  if (format === 'slug') {
    const what = kind ?? 'entity';
    const article = /^[aeiou]/i.test(what) ? 'an' : 'a';
    throw new BadUserInputError(`"${key}" is not ${article} ${what} id: ids are lower-case slugs such as "${spec.example}".`, argumentName);
  }
  throw new BadUserInputError(`"${key}" is not a ${spec.what}: expected the form "${spec.example}".`, argumentName);
}

/** Throws BAD_USER_INPUT naming the argument and an example when a code is malformed. */
export function assertAreaCode(level: AreaLevel, code: string, argumentName = 'code'): string {
  return assertKey(`${level}-code`, code, argumentName);
}

/** Ids of curated nodes are lower-case slugs ("ratu-tatu-chasanah", "36.04-bappeda"). */
export function assertId(kind: string, id: string, argumentName = 'id'): string {
  return assertKey('slug', id, argumentName, kind);
}
