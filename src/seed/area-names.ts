/**
 * Display names for the backbone. idn-area-data spells provinces and regencies in capitals
 * ("KABUPATEN SERANG"); the graph shows them as Indonesians write them ("Kabupaten Serang").
 * Districts and villages are already well cased in the dataset and are kept as given.
 */

/** Acronyms that stay in capitals: "DKI Jakarta", not "Dki Jakarta". */
const ACRONYMS: ReadonlySet<string> = new Set(['DKI']);

/** Function words written in lower case inside a name: "Pangkajene dan Kepulauan". */
const LOWER_CASE_WORDS: ReadonlySet<string> = new Set(['DAN']);

function caseWord(word: string, isFirst: boolean): string {
  if (ACRONYMS.has(word)) return word;
  if (!isFirst && LOWER_CASE_WORDS.has(word)) return word.toLowerCase();
  // Hyphenated parts ("UNA-UNA") are capitalised each, as in "Tojo Una-Una".
  return word
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase())
    .join('-');
}

/** "KABUPATEN SERANG" → "Kabupaten Serang"; "DKI JAKARTA" → "DKI Jakarta". */
export function toDisplayName(upperCaseName: string): string {
  return upperCaseName
    .trim()
    .split(/\s+/)
    .map((word, index) => caseWord(word, index === 0))
    .join(' ');
}

export type RegencyKind = 'REGENCY' | 'CITY';

/** REGENCY for a Kabupaten, CITY for a Kota, read from the dataset's name. */
export function regencyKind(name: string): RegencyKind {
  const first = name.trim().split(/\s+/)[0]?.toUpperCase();
  if (first === 'KABUPATEN') return 'REGENCY';
  if (first === 'KOTA') return 'CITY';
  throw new Error(`Cannot tell a Kabupaten from a Kota: the regency name "${name}" starts with neither.`);
}
