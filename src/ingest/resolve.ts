/**
 * Entity resolution for curators' sources (issue 10): which node of the graph a mention in a
 * source means. A mention is resolved by its explicit key (`Official:ratu-tatu-chasanah`,
 * `Regency:36.04`), else by its name in the context the source gives (the government, the
 * title): an exact name or alias first ("Tatu", "Anas", "Pemkab Serang" = "Kabupaten
 * Serang"), then every word of the mention in a name ("Bu Ratu Tatu"), folded for case and
 * accents (src/common/normalize.ts). One candidate: linked. Several: refused, each with what
 * tells it apart, so the curator writes the key. None: a new node. Two people who share a name
 * are never merged: a mention whose context fits neither is new. Pure: the candidates come
 * from the graph (or from the files being read).
 */
import { foldText, nameWords } from '../common/normalize';
import { MODEL } from '../model';
import { parseNodeRef } from '../seed/source-validate';

/** A node a mention may mean, with what tells it apart from others of its name. */
export interface Candidate {
  /** `Label:key`. */
  readonly ref: string;
  readonly name: string;
  /** Nicknames, short names and aliases stored by earlier sources ("Tatu", "Bappeda"). */
  readonly aliases: readonly string[];
  /** Codes of the governments it holds posts at or belongs to ("36.04"); empty when unknown. */
  readonly governments: readonly string[];
  /** Titles it holds, as sources give them, English and Indonesian ("Regent", "Bupati", "Kepala DPMD"). */
  readonly titles: readonly string[];
  /** Where it holds them (`Regency:36.04`, `Agency:36.04-dpmd`); empty when unknown. */
  readonly places: readonly string[];
  /** One line telling it apart: "Kepala DPMD at Kabupaten Serang (36.04)". */
  readonly description: string;
}

/** A name as a source writes it, with the context the source gives. */
export interface Mention {
  /** The label the mention must have (a position's holder is an Official). */
  readonly label: string;
  /** `Label:key`, or a name as written ("Bu Ratu Tatu", "Pemkab Serang"). */
  readonly text: string;
  /** The government the source places it at ("36.04"), when it does. */
  readonly government?: string | null;
  /** The title the source gives it ("Bupati", "Kepala DPMD"), when it does. */
  readonly title?: string | null;
  /** The agency the source places it at (`Agency:36.04-dpmd`), when it does. */
  readonly agency?: string | null;
}

export type Resolution =
  | { readonly kind: 'linked'; readonly ref: string; readonly by: 'key' | 'name' | 'alias' | 'words of the name' }
  | { readonly kind: 'ambiguous'; readonly candidates: ReadonlyArray<{ readonly ref: string; readonly description: string }> }
  | { readonly kind: 'new' }
  | { readonly kind: 'missing'; readonly ref: string };

const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((word, i) => word === b[i]);

/** True when the candidate can be the one the context describes; a candidate with no known government, title or place is not ruled out. */
function fitsContext(candidate: Candidate, mention: Mention): boolean {
  if (mention.government && candidate.governments.length > 0 && !candidate.governments.includes(mention.government)) return false;
  if (mention.agency && candidate.places.length > 0 && !candidate.places.includes(mention.agency)) return false;
  if (mention.title && candidate.titles.length > 0) {
    const title = foldText(mention.title);
    if (!candidate.titles.some((t) => foldText(t) === title || foldText(t).startsWith(`${title} `) || title.startsWith(`${foldText(t)} `))) return false;
  }
  return true;
}

/** `Label:key` when the text is one, of a label of the model (parsed as a source file's references are). */
export function explicitRef(text: string): { label: string; key: string } | null {
  const ref = parseNodeRef(text.trim());
  return ref && MODEL.has(ref.label) && !/\s/.test(ref.key) ? ref : null;
}

/**
 * Resolves one mention among the candidates of its label: by key, else the best tier of name
 * matches (exact name, alias, all words in the name) among those that fit the context.
 */
export function resolveMention(mention: Mention, candidates: readonly Candidate[]): Resolution {
  const explicit = explicitRef(mention.text);
  if (explicit && explicit.label === mention.label) {
    const ref = `${explicit.label}:${explicit.key}`;
    return candidates.some((c) => c.ref === ref) ? { kind: 'linked', ref, by: 'key' } : { kind: 'missing', ref };
  }
  const words = nameWords(mention.text);
  if (words.length === 0) return { kind: 'new' };
  const fitting = candidates.filter((c) => fitsContext(c, mention));
  const tiers: Array<{ by: 'name' | 'alias' | 'words of the name'; matches: (c: Candidate) => boolean }> = [
    { by: 'name', matches: (c) => same(nameWords(c.name), words) },
    { by: 'alias', matches: (c) => c.aliases.some((alias) => same(nameWords(alias), words)) },
    { by: 'words of the name', matches: (c) => words.every((word) => nameWords(c.name).includes(word)) },
  ];
  for (const tier of tiers) {
    const found = fitting.filter(tier.matches);
    if (found.length === 1) return { kind: 'linked', ref: (found[0] as Candidate).ref, by: tier.by };
    if (found.length > 1) return { kind: 'ambiguous', candidates: found.map((c) => ({ ref: c.ref, description: c.description })) };
  }
  return { kind: 'new' };
}

/** The sentence a plan prints for a resolution: "linked to Official:x (by alias)", "new", or why it is refused. */
export function describeResolution(mention: Mention, resolution: Resolution): string {
  switch (resolution.kind) {
    case 'linked':
      return `"${mention.text}" → ${resolution.ref} (by ${resolution.by})`;
    case 'new':
      return `"${mention.text}" → new ${mention.label}`;
    case 'missing':
      return `"${mention.text}": no ${mention.label} has this key in the graph`;
    case 'ambiguous':
      return (
        `"${mention.text}" could be ${resolution.candidates.length} ${mention.label} nodes; write the key of the one meant: ` +
        resolution.candidates.map((c) => `${c.ref} (${c.description})`).join('; ')
      );
  }
}
