import type { KeyFormat } from './types';

interface KeyFormatModel {
  readonly pattern: RegExp;
  readonly example: string;
  readonly what: string;
  /** Every code of the format has this many characters (slugs have no fixed length). */
  readonly length?: number;
}

/**
 * What each key format looks like: the official Kemendagri codes ("36", "36.04",
 * "36.04.01", "36.04.01.2001") and the slugs of curated nodes. The API's argument checks,
 * the seed's readers and the entity references all test keys against these.
 */
export const KEY_FORMATS: Readonly<Record<KeyFormat, KeyFormatModel>> = {
  'province-code': { pattern: /^\d{2}$/, example: '36', what: 'province code', length: 2 },
  'regency-code': { pattern: /^\d{2}\.\d{2}$/, example: '36.04', what: 'regency code', length: 5 },
  'district-code': { pattern: /^\d{2}\.\d{2}\.\d{2}$/, example: '36.04.01', what: 'district code', length: 8 },
  'village-code': { pattern: /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, example: '36.04.01.2001', what: 'village code', length: 13 },
  'island-code': { pattern: /^\d{2}\.\d{2}\.\d{5}$/, example: '11.01.40001', what: 'island code', length: 11 },
  slug: { pattern: /^[a-z0-9][a-z0-9.-]{0,127}$/, example: 'ratu-tatu-chasanah', what: 'id' },
};

/** Whether a key is in its format. */
export function isKey(format: KeyFormat, key: string): boolean {
  return KEY_FORMATS[format].pattern.test(key);
}
