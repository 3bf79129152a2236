/**
 * Turns the JSON of a curated source file into a typed SourceFile and checks it against the
 * document's text and the backbone: every quote is in the text verbatim, every reference
 * names a node that exists, and the values a query relies on are consistent. All problems
 * are gathered, each naming the file and the field, so a curator fixes a file in one pass.
 */
import { JsonReader } from './json-reader';
import { MODEL } from '../model';
import { declarationsOf, missingProperties, nodesOf, propertyStatementsOf } from './property-statements';
import type { Declaration, NodeRow } from './property-statements';
import { factKey } from './statements';
import {
  ADOPTION_STATUSES,
  AGENCY_KINDS,
  CLAIM_KINDS,
  CURATED_LISTS,
  DATE_PRECISIONS,
  isSpecialHolder,
  PROGRAM_KINDS,
  RANKS,
  RELATIONSHIP_ENDPOINTS,
  RELATIONSHIP_TYPES,
} from './source-file';
import type {
  AgencyEntry,
  DatePrecision,
  AgreementEntry,
  ClaimEntry,
  Evidence,
  HoldsPosition,
  NodeEntry,
  NodeLabel,
  OfficialEntry,
  ProgramEntry,
  Ranked,
  RelationshipEntry,
  SectorEntry,
  SourceEntry,
  SourceFile,
} from './source-file';

/** A source file as read from disk: its display path, parsed JSON and document text. */
export interface RawSource {
  readonly file: string;
  readonly json: unknown;
  readonly text: string;
}

/** A source file that passed every check. */
export interface CheckedSource {
  readonly file: string;
  readonly text: string;
  readonly data: SourceFile;
}

export class SourceValidationError extends Error {
  override name = 'SourceValidationError';

  constructor(readonly problems: readonly string[]) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in seed/sources: ${problems.join('; ')}`);
  }
}

/** Joins passages quoted from different places of the text. */
export const QUOTE_GAP = ' … ';

// ---------------------------------------------------------------------------------------
// Shape: JSON → SourceFile

function readEvidence(reader: JsonReader): Evidence {
  return { quote: reader.text('quote'), inferred: reader.flag('inferred', false), note: reader.optionalText('note') };
}

function readSourcedFrom(reader: JsonReader): Evidence {
  const child = reader.child('sourcedFrom');
  if (!child) return { quote: '', inferred: false, note: null };
  const evidence = readEvidence(child);
  child.finish();
  return evidence;
}

function readSource(reader: JsonReader): SourceEntry {
  return {
    id: reader.id('id'),
    title: reader.text('title'),
    publisher: reader.optionalText('publisher'),
    kind: reader.text('kind'),
    dateline: reader.optionalText('dateline'),
    publishedOn: reader.optionalDate('publishedOn'),
    publishedOnInferred: reader.flag('publishedOnInferred', false),
    editorCode: reader.optionalText('editorCode'),
    origin: reader.optionalText('origin'),
    language: reader.text('language'),
    url: reader.optionalText('url'),
    retrievedOn: reader.optionalDate('retrievedOn'),
    note: reader.optionalText('note'),
    evidence: reader.textMap('evidence'),
  };
}

/**
 * A curator's ranks of the properties a node entry gives: `"ranks": {"date": {"rank":
 * "DEPRECATED", "rankReason": "misprint"}}` (docs/model.md, "Statements").
 */
function readRanks(reader: JsonReader): Record<string, Ranked> {
  const child = reader.optionalChild('ranks');
  if (!child) return {};
  const ranks: Record<string, Ranked> = {};
  for (const property of child.keys()) {
    const rankReader = child.optionalChild(property);
    if (!rankReader) continue;
    ranks[property] = { rank: rankReader.oneOf('rank', RANKS), rankReason: rankReader.optionalText('rankReason') };
    rankReader.finish();
  }
  child.finish();
  return ranks;
}

/** The fields every node entry has (NodeEntry). */
function readNodeEntry(reader: JsonReader): NodeEntry {
  return { id: reader.id('id'), sourcedFrom: readSourcedFrom(reader), ranks: readRanks(reader) };
}

function readOfficial(reader: JsonReader): OfficialEntry {
  return {
    ...readNodeEntry(reader),
    name: reader.optionalText('name'),
    nickname: reader.optionalText('nickname'),
    isGroup: reader.optionalFlag('isGroup'),
  };
}

function readAgency(reader: JsonReader): AgencyEntry {
  return {
    ...readNodeEntry(reader),
    name: reader.optionalText('name'),
    shortName: reader.optionalText('shortName'),
    kind: reader.optionalOneOf('kind', AGENCY_KINDS, null),
    governmentCode: reader.optionalRegencyCode('governmentCode'),
  };
}

function readProgram(reader: JsonReader): ProgramEntry {
  return {
    ...readNodeEntry(reader),
    name: reader.optionalText('name'),
    description: reader.optionalText('description'),
    kind: reader.optionalOneOf('kind', PROGRAM_KINDS, null),
    since: reader.optionalYear('since'),
  };
}

function readAgreement(reader: JsonReader): AgreementEntry {
  return {
    ...readNodeEntry(reader),
    kind: reader.optionalText('kind'),
    title: reader.optionalText('title'),
    date: reader.optionalDate('date'),
    dateText: reader.optionalText('dateText'),
    dateInferred: reader.flag('dateInferred', false),
    dateInference: reader.optionalText('dateInference'),
    place: reader.optionalText('place'),
  };
}

function readSector(reader: JsonReader): SectorEntry {
  return { ...readNodeEntry(reader), name: reader.optionalText('name'), localName: reader.optionalText('localName') };
}

function readClaim(reader: JsonReader): ClaimEntry {
  return { ...readNodeEntry(reader), text: reader.optionalText('text'), kind: reader.optionalOneOf('kind', CLAIM_KINDS, null) };
}

/** A term's bound: `<bound>Date`, its precision (DAY when a date is given) and whether it was inferred. */
function readBound<B extends 'start' | 'end'>(reader: JsonReader, bound: B) {
  const date = reader.optionalDate(`${bound}Date`);
  const precision = reader.optionalOneOf(`${bound}Precision`, DATE_PRECISIONS, 'DAY');
  const fields = {
    [`${bound}Date`]: date,
    [`${bound}Precision`]: date === null ? null : precision,
    [`${bound}Inferred`]: reader.flag(`${bound}Inferred`, false),
  };
  return fields as { [K in `${B}Date` | `${B}Precision`]: K extends `${B}Date` ? string | null : DatePrecision | null } & {
    [K in `${B}Inferred`]: boolean;
  };
}

/** A relationship's end: `Label:key`; a mention object is ingest's to resolve, never the seed's. */
function readEnd(reader: JsonReader, name: 'from' | 'to'): string {
  const value = reader.untyped(name);
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    reader.problem(name, 'is a mention: `npm run ingest` and the ingestSource mutation resolve mentions to keys; a file of seed/sources names nodes as Label:key.');
    return '';
  }
  return reader.text(name);
}

function readRelationship(reader: JsonReader): RelationshipEntry {
  const base = {
    from: readEnd(reader, 'from'),
    to: readEnd(reader, 'to'),
    fromMention: reader.optionalText('fromMention'),
    toMention: reader.optionalText('toMention'),
    ...readEvidence(reader),
    rank: reader.optionalOneOf('rank', RANKS, 'NORMAL'),
    rankReason: reader.optionalText('rankReason'),
  };
  const type = reader.oneOf('type', RELATIONSHIP_TYPES);
  switch (type) {
    case 'HOLDS_POSITION':
      return {
        type,
        ...base,
        title: reader.text('title'),
        localTitle: reader.optionalText('localTitle'),
        ...readBound(reader, 'start'),
        ...readBound(reader, 'end'),
        attestedOn: reader.optionalDate('attestedOn'),
        attestedOnText: reader.optionalText('attestedOnText'),
        attestedOnInferred: reader.flag('attestedOnInferred', false),
      };
    case 'SIGNED_MOU':
      return { type, ...base, onBehalfOf: reader.regencyCode('onBehalfOf') };
    case 'COVERS':
      return { type, ...base, priority: reader.flag('priority', false) };
    case 'RUNS':
      return { type, ...base, since: reader.optionalYear('since') };
    case 'ADOPTED':
      return {
        type,
        ...base,
        status: reader.oneOf('status', ADOPTION_STATUSES),
        date: reader.optionalDate('date'),
        fromCode: reader.optionalRegencyCode('fromCode'),
      };
    case 'ACCOMPANIED':
      return {
        type,
        ...base,
        date: reader.optionalDate('date'),
        dateText: reader.optionalText('dateText'),
        dateInferred: reader.flag('dateInferred', false),
        purpose: reader.optionalText('purpose'),
        place: reader.optionalText('place'),
      };
    case 'PART_OF':
    case 'PARTY_TO':
    case 'ORIGINATED_IN':
    case 'IN_SECTOR':
    case 'ABOUT':
    case 'STATED_BY':
      return { type, ...base };
  }
}

function readList<T>(reader: JsonReader, name: string, read: (item: JsonReader) => T): T[] {
  return reader.objects(name).map((item) => {
    const entry = read(item);
    item.finish();
    return entry;
  });
}

/** Stands in for a file whose JSON is not an object, so checking can go on and report more. */
const EMPTY_FILE: SourceFile = {
  source: {
    id: '',
    title: '',
    publisher: null,
    kind: '',
    dateline: null,
    publishedOn: null,
    publishedOnInferred: false,
    editorCode: null,
    origin: null,
    language: '',
    url: null,
    retrievedOn: null,
    note: null,
    evidence: {},
  },
  officials: [],
  agencies: [],
  programs: [],
  agreements: [],
  sectors: [],
  claims: [],
  relationships: [],
};

/** Reads the JSON's shape; returns the typed file and the problems found (paths without the file). */
export function readSourceFile(json: unknown): { data: SourceFile; problems: string[] } {
  const problems: string[] = [];
  const top = JsonReader.of(json, '', problems);
  if (!top) return { data: EMPTY_FILE, problems };
  // An editor finds the JSON Schema through "$schema" (schema/source-file.schema.json); nothing to store.
  top.optionalText('$schema');
  const sourceReader = top.child('source');
  const source = sourceReader ? readSource(sourceReader) : EMPTY_FILE.source;
  sourceReader?.finish();
  const data: SourceFile = {
    source,
    officials: readList(top, 'officials', readOfficial),
    agencies: readList(top, 'agencies', readAgency),
    programs: readList(top, 'programs', readProgram),
    agreements: readList(top, 'agreements', readAgreement),
    sectors: readList(top, 'sectors', readSector),
    claims: readList(top, 'claims', readClaim),
    relationships: readList(top, 'relationships', readRelationship),
  };
  top.finish();
  return { data, problems };
}

// ---------------------------------------------------------------------------------------
// Meaning: quotes, references, consistency

/** Where a quote's passages are missing from the text, or null when all are found in order. */
export function findQuote(text: string, quote: string): string | null {
  let from = 0;
  for (const part of quote.split(QUOTE_GAP)) {
    const at = text.indexOf(part, from);
    if (at < 0) {
      const elsewhere = text.indexOf(part) >= 0;
      return elsewhere
        ? `the passage "${part}" comes before the previous one in the text (passages joined by "…" must keep the text's order).`
        : `the passage "${part}" is not in the text verbatim.`;
    }
    from = at + part.length;
  }
  return null;
}

/** Splits "Official:ratu-tatu-chasanah" into its label and key. */
export function parseNodeRef(ref: string): { label: string; key: string } | null {
  const colon = ref.indexOf(':');
  if (colon <= 0 || colon === ref.length - 1) return null;
  return { label: ref.slice(0, colon), key: ref.slice(colon + 1) };
}

/**
 * The curated nodes the files declare, each with what its sources state (src/seed/property-statements.ts),
 * and the problems of their declarations: an id declared twice in one file, a rank of a property
 * the entry does not give or without its reason, a qualifier without the value it qualifies, a
 * required property no source gives.
 */
function declareNodes(sources: readonly CheckedSource[], problems: string[], known: ReadonlySet<string>): Map<string, NodeRow> {
  const declarations = declarationsOf(sources);
  const files = new Map(sources.map(({ file, data }) => [data.source.id, file]));
  const at = (d: Declaration): string => `${files.get(d.sourceId) ?? d.sourceId}: ${d.list}[${d.index}]`;
  const firstAt = new Map<string, Declaration>();
  for (const d of declarations) {
    const ref = `${d.label}:${d.entry.id}`;
    const first = firstAt.get(ref);
    if (first === undefined) firstAt.set(ref, d);
    else if (first.sourceId === d.sourceId) problems.push(`${at(d)}.id: "${d.entry.id}" is declared twice in this file (${d.list}[${first.index}]).`);
    const fields = d.entry as unknown as Readonly<Record<string, unknown>>;
    const given = (name: string): boolean => fields[name] !== null && fields[name] !== undefined && fields[name] !== false;
    for (const [property, { rank, rankReason }] of Object.entries(d.entry.ranks)) {
      if (!given(property) || MODEL.entity(d.label).fields[property]?.qualifies !== undefined) {
        problems.push(`${at(d)}.ranks.${property}: ranks a property this entry does not give.`);
      }
      if (rank !== 'NORMAL' && !rankReason) problems.push(`${at(d)}.ranks.${property}.rankReason: say why the rank is ${rank}.`);
    }
    for (const [name, field] of Object.entries(MODEL.entity(d.label).fields)) {
      if (field.qualifies !== undefined && given(name) && !given(field.qualifies)) {
        problems.push(`${at(d)}.${name}: qualifies ${field.qualifies}, which this entry does not give.`);
      }
    }
  }
  const nodes = nodesOf(declarations, declarations.flatMap(propertyStatementsOf));
  for (const node of nodes) {
    // A node the graph holds has the properties its other sources gave.
    if (known.has(`${node.label}:${node.key}`)) continue;
    const first = firstAt.get(`${node.label}:${node.key}`);
    for (const name of missingProperties(node)) {
      problems.push(`${first ? at(first) : node.key}: ${node.label}:${node.key} has no ${name}: no source gives it (or every value given is DEPRECATED).`);
    }
  }
  return new Map(nodes.map((node) => [`${node.label}:${node.key}`, node]));
}

interface Context {
  /** Every curated node the files declare, by `Label:key`, with the properties it will show. */
  readonly nodes: ReadonlyMap<string, NodeRow>;
  /** Nodes the graph holds already (`Label:key`), when checking files to ingest into it. */
  readonly known: ReadonlySet<string>;
  readonly regencyCodes: ReadonlySet<string>;
  /** "Regency:x|Agreement:y" for every PARTY_TO any file states: a signer's onBehalfOf must be one. */
  readonly parties: ReadonlySet<string>;
}

function hasNode(context: Context, label: NodeLabel, key: string): boolean {
  if (label === 'Regency') return context.regencyCodes.has(key);
  return context.nodes.has(`${label}:${key}`) || context.known.has(`${label}:${key}`);
}

/** A problem with a `Label:key` reference, or null when it names an existing node the type allows. */
function checkRef(context: Context, ref: string, allowed: readonly NodeLabel[]): string | null {
  const parsed = parseNodeRef(ref);
  if (!parsed) return `"${ref}" is not a reference: write Label:key, e.g. "${allowed[0] ?? 'Regency'}:...".`;
  const label = allowed.find((candidate) => candidate === parsed.label);
  if (!label) return `"${ref}": this relationship cannot point at ${parsed.label} (allowed: ${allowed.join(', ')}).`;
  if (!hasNode(context, label, parsed.key)) {
    return label === 'Regency'
      ? `"${ref}": no regency or city has the code ${parsed.key} in idn-area-data.`
      : `"${ref}": no ${label} with the id "${parsed.key}" is declared in seed/sources.`;
  }
  return null;
}

function checkEvidence(text: string, evidence: Evidence, path: string, problems: string[]): void {
  const missing = evidence.quote === '' ? null : findQuote(text, evidence.quote);
  if (missing) problems.push(`${path}.quote: ${missing}`);
  // An inference nobody can see is indistinguishable from a fact.
  if (evidence.inferred && !evidence.note) problems.push(`${path}.note: explain the inference (inferred is true).`);
}

function checkNodes(source: CheckedSource, context: Context, problems: string[]): void {
  const { file, text, data } = source;
  for (const [, list] of CURATED_LISTS) {
    (data[list] as readonly NodeEntry[]).forEach((entry, index) => checkEvidence(text, entry.sourcedFrom, `${file}: ${list}[${index}].sourcedFrom`, problems));
  }
  for (const [field, quote] of Object.entries(data.source.evidence)) {
    const missing = findQuote(text, quote);
    if (missing) problems.push(`${file}: source.evidence.${field}: ${missing}`);
  }
  if (data.source.publishedOnInferred && !data.source.note) {
    problems.push(`${file}: source.note: explain how publishedOn was inferred.`);
  }
  data.agencies.forEach((agency, index) => {
    if (agency.governmentCode && !context.regencyCodes.has(agency.governmentCode)) {
      problems.push(`${file}: agencies[${index}].governmentCode: no regency or city has the code ${agency.governmentCode}.`);
    }
  });
  data.agreements.forEach((agreement, index) => {
    if (agreement.dateInferred && !agreement.dateInference) {
      problems.push(`${file}: agreements[${index}].dateInference: explain how the date was inferred.`);
    }
  });
}

/**
 * The dates of a position decide who held it on a day (docs/model.md, "As of a date"), so
 * they must agree with each other and with the words quoted for them.
 */
function checkPositionDates(rel: HoldsPosition, quoteFound: boolean, path: string, problems: string[]): void {
  if (rel.startDate && rel.endDate && rel.startDate > rel.endDate) {
    problems.push(`${path}.endDate: ${rel.endDate} is before startDate ${rel.startDate}.`);
  }
  if ((rel.attestedOnText !== null || rel.attestedOnInferred) && rel.attestedOn === null) {
    problems.push(`${path}.attestedOn: give the date that attestedOnText / attestedOnInferred describe.`);
  }
  // A quote that is not in the text is reported already; its words prove nothing.
  if (quoteFound && rel.attestedOnText !== null && !rel.quote.includes(rel.attestedOnText)) {
    problems.push(`${path}.attestedOnText: "${rel.attestedOnText}" is not in the quote; quote the words that date the position.`);
  }
  for (const bound of ['start', 'end'] as const) {
    const date = rel[`${bound}Date`];
    const precision = rel[`${bound}Precision`];
    if (date && precision === 'YEAR' && !date.endsWith('-01-01')) problems.push(`${path}.${bound}Date: a date to the year is written as its 1 January (${date.slice(0, 4)}-01-01).`);
    if (date && precision === 'MONTH' && !date.endsWith('-01')) problems.push(`${path}.${bound}Date: a date to the month is written as its first day (${date.slice(0, 7)}-01).`);
    if (rel[`${bound}Inferred`] && !rel.note) problems.push(`${path}.note: explain how ${bound}Date was inferred (${bound}Inferred is true).`);
  }
  if (rel.attestedOnInferred && !rel.note) {
    problems.push(`${path}.note: explain how attestedOn was inferred (attestedOnInferred is true).`);
  }
}


function checkRelationships(source: CheckedSource, context: Context, problems: string[]): void {
  const { file, text, data } = source;
  const seen = new Map<string, number>();
  data.relationships.forEach((rel, index) => {
    const path = `${file}: relationships[${index}]`;
    const endpoints = RELATIONSHIP_ENDPOINTS[rel.type];
    // A position may say the post was vacant (NONE) or held by someone unnamed (UNKNOWN), and
    // then must say when: a post's holder means something only at a time.
    const special = rel.type === 'HOLDS_POSITION' && isSpecialHolder(rel.from);
    const fromProblem = special ? null : checkRef(context, rel.from, endpoints.from);
    if (fromProblem) problems.push(`${path}.from: ${fromProblem}`);
    if (special && rel.type === 'HOLDS_POSITION' && !rel.startDate && !rel.endDate && !rel.attestedOn) {
      problems.push(`${path}.from: ${rel.from} says who held the post only at a time: give startDate and endDate, or attestedOn.`);
    }
    const toProblem = checkRef(context, rel.to, endpoints.to);
    if (toProblem) problems.push(`${path}.to: ${toProblem}`);
    checkEvidence(text, rel, path, problems);
    if (rel.rank !== 'NORMAL' && !rel.rankReason) problems.push(`${path}.rankReason: say why the rank is ${rel.rank}.`);

    const identity = factKey(rel);
    const earlier = seen.get(identity);
    if (earlier !== undefined) problems.push(`${path}: repeats relationships[${earlier}] (${identity}).`);
    else seen.set(identity, index);

    if (rel.type === 'SIGNED_MOU' && rel.onBehalfOf) {
      if (!context.regencyCodes.has(rel.onBehalfOf)) {
        problems.push(`${path}.onBehalfOf: no regency or city has the code ${rel.onBehalfOf}.`);
      } else if (!context.parties.has(`Regency:${rel.onBehalfOf}|${rel.to}`)) {
        problems.push(`${path}.onBehalfOf: no source file states Regency:${rel.onBehalfOf} PARTY_TO ${rel.to}.`);
      }
    }
    if (rel.type === 'HOLDS_POSITION') checkPositionDates(rel, findQuote(text, rel.quote) === null, path, problems);
    if (rel.type === 'ADOPTED' && rel.fromCode && !context.regencyCodes.has(rel.fromCode)) {
      problems.push(`${path}.fromCode: no regency or city has the code ${rel.fromCode}.`);
    }
    if (rel.type === 'PART_OF') {
      const governmentCode = context.nodes.get(rel.from)?.properties.governmentCode;
      if (typeof governmentCode === 'string' && rel.to !== `Regency:${governmentCode}`) {
        problems.push(`${path}.to: ${rel.from} has governmentCode ${governmentCode}, so it must be PART_OF Regency:${governmentCode}.`);
      }
    }
  });
}

/**
 * Checks every source file: shape, quotes, references (across all files, as one file may
 * cite a node another declares, and to `known` nodes of the graph when ingesting into it), and
 * consistency. Throws SourceValidationError listing
 * every problem; returns the typed files when there is none.
 */
export function validateSources(raw: readonly RawSource[], regencyCodes: ReadonlySet<string>, known: ReadonlySet<string> = new Set()): CheckedSource[] {
  const problems: string[] = [];
  const sources: CheckedSource[] = raw.map(({ file, json, text }) => {
    const read = readSourceFile(json);
    for (const problem of read.problems) problems.push(`${file}: ${problem}`);
    return { file, text, data: read.data };
  });
  const sourceIds = new Map<string, string>();
  for (const { file, data } of sources) {
    const first = sourceIds.get(data.source.id);
    if (first !== undefined) problems.push(`${file}: source.id: "${data.source.id}" is also the id of ${first}.`);
    else sourceIds.set(data.source.id, file);
  }
  const parties = new Set(
    sources.flatMap(({ data }) => data.relationships.filter((r) => r.type === 'PARTY_TO').map((r) => `${r.from}|${r.to}`)),
  );
  const context: Context = { nodes: declareNodes(sources, problems, known), known, regencyCodes, parties };
  for (const source of sources) {
    checkNodes(source, context, problems);
    checkRelationships(source, context, problems);
  }
  if (problems.length > 0) throw new SourceValidationError(problems);
  return sources;
}
