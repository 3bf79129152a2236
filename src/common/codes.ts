import { BadUserInputError } from '../errors';

/** The official code formats of Kemendagri: "36", "36.04", "36.04.01", "36.04.01.2001". */
const FORMATS = {
  province: { pattern: /^\d{2}$/, example: '36' },
  regency: { pattern: /^\d{2}\.\d{2}$/, example: '36.04' },
  district: { pattern: /^\d{2}\.\d{2}\.\d{2}$/, example: '36.04.01' },
  village: { pattern: /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, example: '36.04.01.2001' },
} as const;

export type AreaLevel = keyof typeof FORMATS;

/** Throws BAD_USER_INPUT naming the argument and an example when a code is malformed. */
export function assertAreaCode(level: AreaLevel, code: string, argumentName = 'code'): string {
  const format = FORMATS[level];
  if (!format.pattern.test(code)) {
    throw new BadUserInputError(
      `"${code}" is not a ${level} code: expected the form "${format.example}".`,
      argumentName,
    );
  }
  return code;
}

const ID_PATTERN = /^[a-z0-9][a-z0-9.-]{0,127}$/;

/** Ids of curated nodes are lower-case slugs ("ratu-tatu-chasanah", "36.04-bappeda"). */
export function assertId(kind: string, id: string, argumentName = 'id'): string {
  if (!ID_PATTERN.test(id)) {
    const article = /^[aeiou]/.test(kind) ? 'an' : 'a';
    throw new BadUserInputError(`"${id}" is not ${article} ${kind} id: ids are lower-case slugs such as "ratu-tatu-chasanah".`, argumentName);
  }
  return id;
}
