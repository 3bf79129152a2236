/**
 * A curated node's own properties as statements (docs/model.md, "Statements"): each source
 * declaring a node states the properties it gives, one statement per property and value with
 * that source's evidence, and the node shows the best value of each property, chosen as for a
 * relationship's (src/seed/statements.ts valuesOfFact). A source may declare only some
 * properties of a node another source declared. Pure: the seed writes what these return.
 */
import { buildSearchText, nameWords, withoutHonorifics } from '../common/normalize';
import { MODEL } from '../model';
import type { EntityModel } from '../model';
import type { CuratedList, Evidence, NodeEntry, SourceFile } from './source-file';
import { CURATED_LISTS } from './source-file';
import { groupBy, hashOf, valuesOfFact } from './statements';
import type { StatementRow } from './statements';

type Value = string | number | boolean | null;

/** The `type` of a property statement; relationship statements carry their relationship type. */
export const PROPERTY_FACT = 'PROPERTY';

/** A property's fact: `PROPERTY|Agreement:mou-serang-banyuwangi-2017|date`. */
export function propertyFactKey(ref: string, property: string): string {
  return [PROPERTY_FACT, ref, property].join('|');
}

/** The node reference and property of a property fact, or null for a relationship's fact. */
export function parsePropertyFact(fact: string): { ref: string; property: string } | null {
  const [type, ref, property] = fact.split('|');
  return type === PROPERTY_FACT && ref && property ? { ref, property } : null;
}

/** What a source can state of an entity: each field but the key, with the fields that qualify it. */
export interface PropertyGroup {
  readonly property: string;
  /** The property and its qualifiers, in name order: the values one statement holds (its value is the property's alone). */
  readonly fields: readonly string[];
}

export function propertyGroups(entity: EntityModel): PropertyGroup[] {
  const names = Object.keys(entity.fields).filter((name) => name !== entity.key.field);
  return names
    .filter((name) => entity.fields[name]?.qualifies === undefined)
    .map((property) => ({
      property,
      fields: [property, ...names.filter((name) => entity.fields[name]?.qualifies === property)].sort(),
    }));
}

const GROUPS: ReadonlyMap<string, readonly PropertyGroup[]> = new Map(
  CURATED_LISTS.map(([label]) => [label, propertyGroups(MODEL.entity(label))]),
);

/** A node entry of a file, with the label and source it comes from. */
export interface Declaration {
  readonly label: string;
  readonly list: CuratedList;
  readonly index: number;
  readonly sourceId: string;
  readonly entry: NodeEntry;
}

/** Every node entry of the files, in file order. */
export function declarationsOf(files: ReadonlyArray<{ readonly data: SourceFile }>): Declaration[] {
  return files.flatMap(({ data }) =>
    CURATED_LISTS.flatMap(([label, list]) =>
      (data[list] as readonly NodeEntry[]).map((entry, index) => ({ label, list, index, sourceId: data.source.id, entry })),
    ),
  );
}

/**
 * The statements one node entry makes: one per property it gives (a null or absent property is
 * not stated), with the qualifiers the entry gives it.
 */
export function propertyStatementsOf({ label, sourceId, entry }: Declaration): StatementRow[] {
  const fields = entry as unknown as Readonly<Record<string, Value>>;
  const ref = `${label}:${entry.id}`;
  return (GROUPS.get(label) ?? [])
    .filter((group) => fields[group.property] !== null && fields[group.property] !== undefined)
    .map((group) => {
      const values = Object.fromEntries(group.fields.map((name) => [name, fields[name] ?? null]));
      const fact = propertyFactKey(ref, group.property);
      // Sources agree when they give the same value, however each words it: the qualifiers
      // (a date's dateText, dateInferred) are that source's own and stay on its statement.
      const valueKey = hashOf({ [group.property]: values[group.property] ?? null });
      const ranked = entry.ranks[group.property];
      return {
        id: `${sourceId}|${fact}|${valueKey}`,
        fact,
        type: PROPERTY_FACT,
        sourceId,
        rank: ranked?.rank ?? 'NORMAL',
        rankReason: ranked?.rankReason ?? null,
        quote: entry.sourcedFrom.quote,
        inferred: entry.sourcedFrom.inferred,
        note: entry.sourcedFrom.note,
        valueKey,
        valueNames: group.fields,
        values,
        heldFrom: null,
        heldUntil: null,
      };
    });
}

/**
 * The names documents give nodes where a curator wrote a mention that ingest resolved
 * (`fromMention`, `toMention`), honorifics aside, by `Label:key`: the nodes' aliases, which
 * the next source's mentions resolve by (src/ingest/resolve.ts).
 */
export function aliasesOf(files: ReadonlyArray<{ readonly data: SourceFile }>): Map<string, string[]> {
  const aliases = new Map<string, string[]>();
  const add = (ref: string, mention: string | null): void => {
    if (mention) aliases.set(ref, [...(aliases.get(ref) ?? []), withoutHonorifics(mention)]);
  };
  for (const { data } of files) {
    for (const rel of data.relationships) {
      add(rel.from, rel.fromMention);
      add(rel.to, rel.toMention);
    }
  }
  return aliases;
}

/** A node's aliases other than the names it has (its name, nickname, short name), without repeats, in a stable order. */
function aliasesBesides(names: ReadonlyArray<unknown>, aliases: readonly string[]): string[] {
  const words = (text: string): string => nameWords(text).join(' ');
  const own = new Set(names.filter((name): name is string => typeof name === 'string').map(words));
  const byWords = new Map(aliases.filter((alias) => !own.has(words(alias))).map((alias) => [words(alias), alias]));
  return [...byWords.values()].sort();
}

/** One curated node as the seed writes it: its shown properties and one reference per declaring source. */
export interface NodeRow {
  readonly label: string;
  readonly key: string;
  /**
   * Exactly the node's properties: its key, the best value of each property, and, where the
   * model folds a `searchText`, that and the node's `aliases` (aliasesOf) when it has any.
   */
  readonly properties: Readonly<Record<string, Value | readonly string[]>>;
  readonly sources: ReadonlyArray<Evidence & { readonly sourceId: string }>;
}

/**
 * The nodes the files declare, in first-declared order, each with the best non-deprecated value
 * of every property some source states (docs/model.md, "Statements").
 */
export function nodesOf(declarations: readonly Declaration[], statements: readonly StatementRow[], aliases: ReadonlyMap<string, readonly string[]> = new Map()): NodeRow[] {
  const byFact = groupBy(statements, (statement) => statement.fact);
  const nodes = new Map<string, { label: string; key: string; sources: Array<Evidence & { sourceId: string }> }>();
  for (const { label, sourceId, entry } of declarations) {
    const ref = `${label}:${entry.id}`;
    const node = nodes.get(ref) ?? { label, key: entry.id, sources: [] };
    node.sources.push({ sourceId, ...entry.sourcedFrom });
    nodes.set(ref, node);
  }
  return [...nodes].map(([ref, { label, key, sources }]) => {
    const entity = MODEL.entity(label);
    const properties: Record<string, Value | readonly string[]> = { [entity.key.field]: key };
    for (const group of GROUPS.get(label) ?? []) {
      const best = valuesOfFact(byFact.get(propertyFactKey(ref, group.property)) ?? [])[0];
      // The value with the qualifiers of the source whose id sorts first: the same whatever order the files are read in.
      const first = best?.statements.map((s) => s).sort((a, b) => a.sourceId.localeCompare(b.sourceId))[0];
      if (best && best.rank !== 'DEPRECATED') Object.assign(properties, first?.values);
    }
    if (entity.searchTextOf) {
      const names = aliasesBesides(entity.searchTextOf.map((name) => properties[name]), aliases.get(ref) ?? []);
      if (names.length > 0) properties.aliases = names;
      properties.searchText = buildSearchText(...entity.searchTextOf.map((name) => properties[name] as string | null), ...names);
    }
    return { label, key, properties, sources };
  });
}

/** The fields of its entity a node must have (not nullable) but no source gives, deprecated values not counting. */
export function missingProperties(node: NodeRow): string[] {
  const entity = MODEL.entity(node.label);
  return Object.entries(entity.fields)
    .filter(([name, field]) => !field.nullable && field.qualifies === undefined && (node.properties[name] ?? null) === null)
    .map(([name]) => name);
}
