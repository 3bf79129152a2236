/**
 * The JSON Schema of a curated source file (schema/source-file.schema.json, written by
 * `npm run schema`), for editors' completion and for curators' tools. The node entries are
 * derived from the model (src/model/entities/); the source's metadata and the relationships'
 * own fields are declared here, and test/unit/source-schema.test.ts checks that the schema and
 * the seed's reader (source-validate.ts) accept the same fields and every committed file.
 */
import { MODEL } from '../model';
import type { EntityModel, FieldModel } from '../model';
import { isEnum } from '../model/registry';
import { ADOPTION_STATUSES, CURATED_LISTS, DATE_PRECISIONS, RANKS, RELATIONSHIP_ENDPOINTS, RELATIONSHIP_TYPES, SPECIAL_HOLDERS } from './source-file';
import type { RelationshipType } from './source-file';

type Schema = Record<string, unknown>;

const text = (description: string): Schema => ({ type: 'string', minLength: 1, description });
const optionalText = (description: string): Schema => ({ type: ['string', 'null'], minLength: 1, description });
const date = (description: string): Schema => ({ type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$', description });
const flag = (description: string): Schema => ({ type: 'boolean', description });
const oneOf = (values: readonly string[], description: string, nullable = false): Schema => ({
  enum: nullable ? [...values, null] : [...values],
  description,
});

const EVIDENCE: Readonly<Record<string, Schema>> = {
  quote: text('The words of the document, verbatim; passages apart in the text are joined with " … ".'),
  inferred: flag('True when a value is read between the lines; `note` must say how.'),
  note: optionalText('How a value was inferred, or any remark a reader needs.'),
};

const RANKED: Readonly<Record<string, Schema>> = {
  rank: oneOf(RANKS, 'A curator\'s rank of this statement (NORMAL when absent); any other needs `rankReason`.'),
  rankReason: optionalText('Why the rank is not NORMAL.'),
};

function jsonType(field: FieldModel): Schema {
  const described = { description: field.description };
  if (isEnum(field.type)) return { enum: [...Object.keys(field.type.values), null], ...described };
  switch (field.type) {
    case 'Boolean':
      return { type: ['boolean', 'null'], ...described };
    case 'Int':
      return { type: ['integer', 'null'], ...described };
    case 'Float':
      return { type: ['number', 'null'], ...described };
    case 'Date':
      return date(field.description);
    default:
      return { type: ['string', 'null'], minLength: 1, ...described };
  }
}

/** A node entry: its key, any of the entity's fields (a source states what it gives), its evidence and ranks. */
function nodeEntry(entity: EntityModel): Schema {
  const properties: Record<string, Schema> = {
    [entity.key.field]: { type: 'string', pattern: '^[a-z0-9][a-z0-9.-]*$', description: entity.fields[entity.key.field]?.description },
  };
  for (const [name, field] of Object.entries(entity.fields)) if (name !== entity.key.field) properties[name] = jsonType(field);
  properties.sourcedFrom = { type: 'object', properties: EVIDENCE, required: ['quote'], additionalProperties: false, description: 'The words naming the node.' };
  properties.ranks = {
    type: 'object',
    description: 'Per property ("date"), a rank other than NORMAL with its reason.',
    additionalProperties: { type: 'object', properties: RANKED, required: ['rank'], additionalProperties: false },
  };
  return { type: 'object', description: entity.description, properties, required: [entity.key.field, 'sourcedFrom'], additionalProperties: false };
}

/** The fields a relationship entry of each type adds to type, from, to, evidence and rank. */
const RELATIONSHIP_FIELDS: Readonly<Partial<Record<RelationshipType, Readonly<Record<string, Schema>>>>> = {
  HOLDS_POSITION: {
    title: text('English title ("Regent", "Head").'),
    localTitle: optionalText('Indonesian title ("Bupati").'),
    startDate: date('First day in office, only from a source that says so.'),
    startPrecision: oneOf(DATE_PRECISIONS, 'How much of startDate the source gives (DAY when absent).', true),
    startInferred: flag('True when startDate was read between the lines.'),
    endDate: date('Last day in office, only from a source that says so.'),
    endPrecision: oneOf(DATE_PRECISIONS, 'How much of endDate the source gives (DAY when absent).', true),
    endInferred: flag('True when endDate was read between the lines.'),
    attestedOn: date('A day the document shows the position held, for sources that give no term.'),
    attestedOnText: optionalText('That day as the document gives it; must appear in the quote.'),
    attestedOnInferred: flag('True when part of attestedOn (e.g. the year) was inferred.'),
  },
  SIGNED_MOU: { onBehalfOf: { type: 'string', pattern: '^\\d{2}\\.\\d{2}$', description: 'Code of the government the official signed for.' } },
  COVERS: { priority: flag('True when the document puts the sector first ("diutamakan").') },
  RUNS: { since: { type: ['integer', 'null'], description: 'Year it began running it.' } },
  ADOPTED: {
    status: oneOf(ADOPTION_STATUSES, 'How far the adoption is.'),
    date: date('When, if the source says.'),
    fromCode: { type: ['string', 'null'], pattern: '^\\d{2}\\.\\d{2}$', description: 'Code of the government the program is adopted from.' },
  },
  ACCOMPANIED: {
    date: date('The day of the visit.'),
    dateText: optionalText('The date as the document gives it.'),
    dateInferred: flag('True when part of the date was inferred.'),
    purpose: optionalText('What the visit was for.'),
    place: optionalText('Where it went.'),
  },
};

/** A `Label:key` reference to one of the labels a relationship type allows (a position's holder may be UNKNOWN or NONE). */
function reference(labels: readonly string[], special: readonly string[] = []): Schema {
  const ref = { type: 'string', pattern: `^(${labels.join('|')}):.+$` };
  return special.length === 0 ? ref : { anyOf: [ref, { enum: [...special] }] };
}

/** A name as the document gives it, which `npm run ingest` resolves to a key (src/ingest/mentions.ts); files of seed/sources use keys. */
function mention(): Schema {
  const labels = [...new Set(RELATIONSHIP_TYPES.flatMap((type) => [...RELATIONSHIP_ENDPOINTS[type].from, ...RELATIONSHIP_ENDPOINTS[type].to]))].sort();
  return {
    type: 'object',
    description: 'Only for `npm run ingest` and ingestSource, which resolve it to a key and keep the name as an alias.',
    properties: {
      mention: text('The name as the document gives it: "Bu Ratu Tatu", "Pemkab Serang".'),
      key: { ...reference(labels), description: 'The key, when the curator knows it: the name becomes an alias of that node.' },
      label: { enum: labels, description: 'Needed when the relationship allows several labels at this end.' },
      government: { type: 'string', pattern: '^\\d{2}\\.\\d{2}$', description: 'The government the document places it at ("36.04").' },
      title: text('The title the document gives it ("Bupati", "Kepala DPMD").'),
      agency: text('The agency the document places it at, as a key ("36.04-dpmd" or "Agency:36.04-dpmd").'),
    },
    required: ['mention'],
    additionalProperties: false,
  };
}

/** A relationship's end: a reference, or (ingest only) a mention. */
function end(labels: readonly string[], special: readonly string[] = []): Schema {
  return { anyOf: [reference(labels, special), { $ref: '#/$defs/mention' }] };
}

function relationshipEntry(type: RelationshipType): Schema {
  const { from, to } = RELATIONSHIP_ENDPOINTS[type];
  const own = RELATIONSHIP_FIELDS[type] ?? {};
  return {
    type: 'object',
    properties: {
      type: { const: type },
      from: end(from, type === 'HOLDS_POSITION' ? SPECIAL_HOLDERS : []),
      to: end(to),
      fromMention: optionalText('How the document names `from`, kept by ingest when it resolved a mention (the node\'s alias).'),
      toMention: optionalText('How the document names `to`, likewise.'),
      ...EVIDENCE,
      ...RANKED,
      ...own,
    },
    required: ['type', 'from', 'to', 'quote', ...(type === 'HOLDS_POSITION' ? ['title'] : []), ...(type === 'SIGNED_MOU' ? ['onBehalfOf'] : []), ...(type === 'ADOPTED' ? ['status'] : [])],
    additionalProperties: false,
  };
}

const SOURCE: Schema = {
  type: 'object',
  description: 'The document: its metadata, each backed by `evidence` where the document states it.',
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9][a-z0-9.-]*$', description: 'Key of the Source node.' },
    title: text('Its title (descriptive when the document has none; `note` says so).'),
    publisher: optionalText('Who published it.'),
    kind: text('NEWS_ARTICLE, PRESS_RELEASE, REGULATION, ...'),
    dateline: optionalText('Place of the dateline.'),
    publishedOn: date('Publication date, or null when the document prints none.'),
    publishedOnInferred: flag('True when publishedOn was inferred (`note` says how).'),
    editorCode: optionalText("The editor's initials or code, as printed."),
    origin: optionalText('Where the text comes from ("press release").'),
    language: text('ISO 639-1 code of its language ("id").'),
    url: optionalText('Where it was published, when known.'),
    retrievedOn: date('The day its text was retrieved.'),
    note: optionalText('Remarks on the document itself.'),
    evidence: { type: 'object', additionalProperties: { type: 'string', minLength: 1 }, description: 'The words backing the metadata, by field.' },
  },
  required: ['id', 'title', 'kind', 'language'],
  additionalProperties: false,
};

/** The JSON Schema (draft 2020-12) of `seed/sources/<name>.json`. */
export function sourceFileSchema(): Schema {
  const lists = Object.fromEntries(CURATED_LISTS.map(([label, list]) => [list, { type: 'array', items: nodeEntry(MODEL.entity(label)) }]));
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://github.com/daerah-graph/daerah-graph/schema/source-file.schema.json',
    title: 'daerah-graph curated source file',
    description:
      'One source document, the nodes it speaks of and the relationships it states, each with the words that say so; ' +
      'the text sits beside it as <name>.txt (docs/model.md ends its section on the backbone\'s source with the format). ' +
      'The seed checks more than this schema: quotes found in the text, references to existing nodes, consistent dates.',
    type: 'object',
    properties: {
      $schema: { type: 'string', description: 'Where an editor finds this schema, e.g. "../../schema/source-file.schema.json".' },
      source: SOURCE,
      ...lists,
      relationships: { type: 'array', items: { oneOf: RELATIONSHIP_TYPES.map(relationshipEntry) } },
    },
    required: ['source', ...CURATED_LISTS.map(([, list]) => list), 'relationships'],
    additionalProperties: false,
    $defs: { mention: mention() },
  };
}
