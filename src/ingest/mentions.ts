/**
 * Mentions in curators' source files (issue 10): a relationship's end may be written as the
 * document names it, `{"mention": "Bu Ratu Tatu", "government": "36.04", "title": "Bupati"}`
 * (or with `"agency": "36.04-dpmd"`),
 * instead of `Label:key`. Before a file is checked, each mention is resolved (resolve.ts) among
 * the nodes the graph holds and those the file declares: linked, its key is written in its
 * place and the name kept beside it (`fromMention`, `toMention`), which the seed stores as the
 * node's alias so the next source resolves by it; new, a node is declared for it when the
 * model needs nothing a mention cannot give (an official: a name); ambiguous or a key the graph
 * lacks, the file is refused, each problem with its path. The file stored and written is the
 * resolved one, so a later seed reads keys only and never resolves again.
 */
import { foldText, withoutHonorifics } from '../common/normalize';
import type { Executor } from '../db/executor';
import { MODEL } from '../model';
import { CURATED_LISTS, RELATIONSHIP_ENDPOINTS } from '../seed/source-file';
import type { RelationshipType } from '../seed/source-file';
import { SourceValidationError } from '../seed/source-validate';
import type { RawSource } from '../seed/source-validate';
import { JsonReader } from '../seed/json-reader';
import { candidatesOf, existingRefs, resolveInGraph } from './candidates';
import { describeResolution, explicitRef, resolveMention } from './resolve';
import type { Candidate, Mention, Resolution } from './resolve';

/** What became of one mention, as the plan prints it. */
export interface MentionOutcome {
  /** Where it is: "relationships[2].from". */
  readonly path: string;
  readonly kind: 'linked' | 'new';
  readonly ref: string;
  /** `"Bu Ratu Tatu" → Official:ratu-tatu-chasanah (by words of the name)`. */
  readonly sentence: string;
}

type Json = Record<string, unknown>;
type Entry = Json & { id?: unknown };

const listOf = (label: string): string | undefined => CURATED_LISTS.find(([l]) => l === label)?.[1];

/** `relationships[i].from` when it is a mention object. */
function isMention(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A key for a node made from a name: "Budi Santoso" → "budi-santoso". */
export function slugOf(name: string): string {
  return foldText(name).replace(/ /g, '-');
}

/**
 * Whether a node of `label` can be made from a mention alone: every field it requires is its
 * key, its display field (the name) or a flag (false).
 */
function creatableFromName(label: string): boolean {
  const entity = MODEL.entity(label);
  return Object.entries(entity.fields).every(
    ([name, field]) => field.nullable || field.qualifies !== undefined || name === entity.key.field || name === entity.displayField || field.type === 'Boolean',
  );
}

/** How a declaration made for a mention begins its note: such declarations stay with their source (keepMadeNodes). */
const MADE_NOTE = 'Declared by ingest for the mention';

/** A node entry for a new node named by a mention, backed by the relationship's quote. */
function declarationFor(label: string, key: string, name: string, quote: string): Entry {
  const entity = MODEL.entity(label);
  const flags = Object.entries(entity.fields).filter(([, field]) => field.type === 'Boolean' && !field.nullable && field.qualifies === undefined);
  return {
    id: key,
    [entity.displayField]: name,
    ...Object.fromEntries(flags.map(([field]) => [field, false])),
    sourcedFrom: { quote, note: `${MADE_NOTE} "${name}", which named no ${label} of the graph.` },
  };
}

/** The nodes a file declares, as candidates for its own mentions (its positions give their titles). */
function fileCandidates(json: Json, label: string): Candidate[] {
  const list = listOf(label);
  const entries = (list && Array.isArray(json[list]) ? json[list] : []) as Entry[];
  const relationships = (Array.isArray(json.relationships) ? json.relationships : []) as Json[];
  const entity = MODEL.entity(label);
  return entries
    .filter((entry) => typeof entry.id === 'string')
    .map((entry) => {
      const ref = `${label}:${String(entry.id)}`;
      const posts = relationships.filter((rel) => rel.type === 'HOLDS_POSITION' && rel.from === ref);
      const text = (value: unknown): string[] => (typeof value === 'string' ? [value] : []);
      const name = text(entry[entity.displayField])[0] ?? '';
      return {
        ref,
        name,
        aliases: [...text(entry.nickname), ...text(entry.shortName)],
        governments: text(entry.governmentCode),
        titles: posts.flatMap((post) => [...text(post.title), ...text(post.localTitle)]),
        places: posts.flatMap((post) => text(post.to)),
        description: `${name}, declared in this file`,
      };
    });
}

/** Reads a mention object, recording its problems; null when it cannot be resolved. */
function readMention(value: Json, type: string, end: 'from' | 'to', path: string, problems: string[]): (Mention & { name: string }) | null {
  const before = problems.length;
  const reader = JsonReader.of(value, path, problems);
  if (!reader) return null;
  const name = reader.text('mention');
  const key = reader.optionalText('key');
  const label = reader.optionalText('label');
  const government = reader.optionalRegencyCode('government');
  const title = reader.optionalText('title');
  const agencyText = reader.optionalText('agency');
  reader.finish();
  const agency = agencyText === null ? null : agencyText.startsWith('Agency:') ? agencyText : `Agency:${agencyText}`;
  const allowed: readonly string[] = RELATIONSHIP_ENDPOINTS[type as RelationshipType]?.[end] ?? [];
  const keyLabel = key ? explicitRef(key)?.label : undefined;
  const chosen = label ?? keyLabel ?? (allowed.length === 1 ? allowed[0] : undefined);
  if (allowed.length > 0 && !chosen) problems.push(`${path}.label: ${type} allows ${allowed.join(' or ')} here: say which.`);
  else if (chosen && allowed.length > 0 && !allowed.includes(chosen)) problems.push(`${path}.label: ${type} allows ${allowed.join(' or ')} here, not ${chosen}.`);
  if (key && !keyLabel) problems.push(`${path}.key: must be Label:key, e.g. Official:ratu-tatu-chasanah.`);
  if (problems.length > before || !chosen) return null;
  return { label: chosen, text: key ?? name, government, title, agency, name };
}

/** One source being resolved: its JSON (a copy, rewritten in place) and the nodes made for it. */
interface Work {
  readonly raw: RawSource;
  readonly json: Json;
  readonly outcomes: MentionOutcome[];
}

/**
 * Resolves every mention of the files: returns them with keys in place of mentions (and the
 * declarations of new nodes), what became of each mention, and the problems of those it cannot
 * resolve (each left in its place, at `unresolved`: "file: relationships[2].from"). `stored`: the versions of these sources the graph
 * keeps, whose declarations a changed source keeps for the nodes it made from mentions.
 */
export async function resolveMentions(
  executor: Executor,
  raw: readonly RawSource[],
  stored: ReadonlyMap<string, unknown> = new Map(),
): Promise<{ sources: RawSource[]; mentions: MentionOutcome[][]; problems: string[]; unresolved: string[] }> {
  const problems: string[] = [];
  const works: Work[] = raw.map((file) => ({ raw: file, json: structuredClone(file.json) as Json, outcomes: [] }));
  const made = new Map<string, string>();
  const unresolved: string[] = [];
  for (const work of works) {
    const relationships = Array.isArray(work.json.relationships) ? (work.json.relationships as Json[]) : [];
    for (const [i, rel] of relationships.entries()) {
      for (const end of ['from', 'to'] as const) {
        const value = rel?.[end];
        if (!isMention(value)) continue;
        const path = `relationships[${i}].${end}`;
        const mention = readMention(value, String(rel.type), end, `${work.raw.file}: ${path}`, problems);
        const ref = mention && (await refFor(executor, work, mention, await resolveOne(executor, work.json, mention), String(rel.quote ?? ''), made, path, problems));
        if (!mention || ref === null) {
          unresolved.push(`${work.raw.file}: ${path}`);
          continue;
        }
        rel[end] = ref;
        rel[`${end}Mention`] = mention.name;
      }
    }
    keepMadeNodes(work, stored.get(sourceIdOfJson(work.json)));
  }
  return { sources: works.map((w) => ({ ...w.raw, json: w.json })), mentions: works.map((w) => w.outcomes), problems, unresolved };
}

function sourceIdOfJson(json: Json): string {
  const source = json.source as { id?: unknown } | undefined;
  return typeof source?.id === 'string' ? source.id : '';
}

/** A mention among the file's own declarations and the graph's nodes (the graph's first when both hold a key). */
async function resolveOne(executor: Executor, json: Json, mention: Mention): Promise<Resolution> {
  const own = fileCandidates(json, mention.label);
  const explicit = explicitRef(mention.text);
  if (explicit) {
    const declared = own.filter((c) => c.ref === `${explicit.label}:${explicit.key}`);
    return declared.length > 0 ? resolveMention(mention, declared) : resolveInGraph(executor, mention);
  }
  const graph = await candidatesOf(executor, mention);
  const refs = new Set(graph.map((c) => c.ref));
  return resolveMention(mention, [...graph, ...own.filter((c) => !refs.has(c.ref))]);
}

/** The key a resolution gives the mention, declaring a node for a new one; null (with a problem) when refused. */
async function refFor(
  executor: Executor,
  work: Work,
  mention: Mention & { name: string },
  resolution: Resolution,
  quote: string,
  made: Map<string, string>,
  path: string,
  problems: string[],
): Promise<string | null> {
  if (resolution.kind === 'linked') {
    work.outcomes.push({ path, kind: 'linked', ref: resolution.ref, sentence: describeResolution({ ...mention, text: mention.name }, resolution) });
    return resolution.ref;
  }
  if (resolution.kind !== 'new') {
    problems.push(`${work.raw.file}: ${path}: ${describeResolution(mention, resolution)}`);
    return null;
  }
  const name = withoutHonorifics(mention.name);
  // The same name in the same context names the same new node, within one ingest.
  const sameness = [mention.label, foldText(name), mention.government ?? '', foldText(mention.title ?? ''), mention.agency ?? ''].join('|');
  let ref = made.get(sameness);
  if (!ref) {
    const list = listOf(mention.label);
    if (!list || !creatableFromName(mention.label)) {
      problems.push(`${work.raw.file}: ${path}: "${mention.name}" names no ${mention.label} of the graph or the file: declare it in ${list ?? 'the file'} with its fields and write its key.`);
      return null;
    }
    ref = await freeRef(executor, mention.label, slugOf(name), new Set(made.values()));
    made.set(sameness, ref);
    const entries = Array.isArray(work.json[list]) ? (work.json[list] as Entry[]) : [];
    entries.push(declarationFor(mention.label, ref.slice(mention.label.length + 1), name, quote));
    work.json[list] = entries;
  }
  work.outcomes.push({ path, kind: 'new', ref, sentence: `"${mention.name}" → new ${ref}` });
  return ref;
}

/** `Label:slug`, or `Label:slug-2`, ... when the graph or this ingest has that key already: two people who share a name stay two. */
async function freeRef(executor: Executor, label: string, slug: string, taken: ReadonlySet<string>): Promise<string> {
  const tries = [`${label}:${slug}`, ...Array.from({ length: 20 }, (_, i) => `${label}:${slug}-${i + 2}`)];
  const existing = await existingRefs(executor, tries);
  const free = tries.find((ref) => !existing.has(ref) && !taken.has(ref));
  if (!free) throw new SourceValidationError([`no free key for a new ${label} "${slug}": write its key.`]);
  return free;
}

/**
 * A changed source keeps declaring the nodes its earlier version made from mentions and it
 * still points at: ingested again, the mention finds the node by name, and without the
 * declaration the node would be retracted under the mention linked to it.
 */
function keepMadeNodes(work: Work, storedJson: unknown): void {
  if (!isMention(storedJson)) return;
  const relationships = (Array.isArray(work.json.relationships) ? work.json.relationships : []) as Json[];
  const pointed = new Set(relationships.flatMap((rel) => [rel.from, rel.to]).filter((ref): ref is string => typeof ref === 'string'));
  for (const [label, list] of CURATED_LISTS) {
    const before = (Array.isArray(storedJson[list]) ? storedJson[list] : []) as Entry[];
    const now = (Array.isArray(work.json[list]) ? work.json[list] : []) as Entry[];
    const declared = new Set(now.map((entry) => String(entry.id)));
    const made = (entry: Entry): boolean => String((entry.sourcedFrom as Json | undefined)?.note ?? '').startsWith(MADE_NOTE);
    const kept = before.filter((entry) => made(entry) && pointed.has(`${label}:${String(entry.id)}`) && !declared.has(String(entry.id)));
    if (kept.length > 0) work.json[list] = [...now, ...kept];
  }
}
