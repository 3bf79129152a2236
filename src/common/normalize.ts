/**
 * Text normalisation shared by the seed (which stores `searchText` on searchable nodes) and
 * the search query, so both sides fold case, accents, punctuation and the usual Indonesian
 * abbreviations the same way: "Kab. Serang", "Pemkab Serang" and "KABUPATEN SERANG" all
 * become "kabupaten serang", while "Kota Serang" stays "kota serang".
 */

/** Abbreviations written in place of the full word, in names and in queries. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  kab: 'kabupaten',
  pemkab: 'kabupaten',
  pemkot: 'kota',
  pemprov: 'provinsi',
  prov: 'provinsi',
  kadis: 'kepala dinas',
};

/** Lower-cases, strips accents and punctuation, and collapses white space. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words of a name or query, folded and with abbreviations expanded. */
export function searchTokens(text: string): string[] {
  return foldText(text)
    .split(' ')
    .filter((word) => word.length > 0)
    .flatMap((word) => (ABBREVIATIONS[word] ?? word).split(' '));
}

/** The `searchText` stored on a node: its names and aliases, folded, without repeats. */
export function buildSearchText(...names: Array<string | null | undefined>): string {
  const words = new Set<string>();
  for (const name of names) if (name) for (const word of searchTokens(name)) words.add(word);
  return [...words].join(' ');
}

/**
 * A Lucene query for the full-text index over `searchText`: every word must match; the
 * last may be a prefix, so "Banyu" finds Banyuwangi while typing. Only [a-z0-9] survive
 * folding, so no Lucene syntax from the user can reach the index.
 */
export function toLuceneQuery(text: string): string | null {
  const tokens = searchTokens(text);
  if (tokens.length === 0) return null;
  return tokens.map((t, i) => (i === tokens.length - 1 ? `+(${t} OR ${t}*)` : `+${t}`)).join(' ');
}

/** The `name` filter of list queries, matched against `searchText`: null when absent or empty. */
export function nameFilter(name: string | null | undefined): string | null {
  if (name === null || name === undefined) return null;
  const folded = searchTokens(name).join(' ');
  return folded === '' ? null : folded;
}

/** Words of address and honorifics a source may put before a name: "Bu Ratu Tatu", "H. Abdullah". */
const HONORIFICS = new Set(['bu', 'ibu', 'pak', 'bapak', 'h', 'hj', 'haji', 'hajah', 'dr', 'drs', 'ir', 'prof', 'kh']);

/** How many of a name's first words are honorifics (one word always stays: "Haji" alone is a name). */
function leadingHonorifics(words: readonly string[]): number {
  let start = 0;
  while (start < words.length - 1 && HONORIFICS.has(foldText(words[start] as string))) start += 1;
  return start;
}

/** The words of a name, folded, without leading honorifics. */
export function nameWords(text: string): string[] {
  const words = searchTokens(text);
  return words.slice(leadingHonorifics(words));
}

/** A name as written without the honorifics before it: "Bu Ratu Tatu" → "Ratu Tatu", "H. Abdullah" → "Abdullah". */
export function withoutHonorifics(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.slice(leadingHonorifics(words)).join(' ');
}
