/**
 * The format of a curated source file, `seed/sources/<name>.json`: one source document, the
 * nodes it speaks of and the relationships it states, each with the words that say so.
 * The document's text sits beside it as `seed/sources/<name>.txt`, and every quote must be
 * found in that text verbatim (see source-validate.ts). docs/model.md describes the graph
 * these files become.
 */
import { MODEL } from '../model';
import { ADOPTION_STATUS, AGENCY_KIND, CLAIM_KIND, DATE_PRECISION, enumValues, PROGRAM_KIND, RANK } from '../model/enums';
import type { AdoptionStatus, AgencyKind, ClaimKind, DatePrecision, ProgramKind, Rank } from '../model/enums';

export type { AdoptionStatus, AgencyKind, ClaimKind, DatePrecision, ProgramKind, Rank };

export const RANKS = enumValues(RANK);

/**
 * What a position's `from` may say instead of an official (docs/model.md, "Unknown and none"):
 * `UNKNOWN`, someone held the post but the source does not say who; `NONE`, the post was vacant.
 */
export const SPECIAL_HOLDERS = ['UNKNOWN', 'NONE'] as const;

export function isSpecialHolder(ref: string): ref is (typeof SPECIAL_HOLDERS)[number] {
  return (SPECIAL_HOLDERS as readonly string[]).includes(ref);
}
export const DATE_PRECISIONS = enumValues(DATE_PRECISION);

/** Where a node or relationship comes from in the document. */
export interface Evidence {
  /**
   * The words of the document, verbatim. Passages that are apart in the text are joined
   * with " … " (space, ellipsis, space); each part must be found, in order.
   */
  readonly quote: string;
  /** True when a value is read between the lines rather than stated (explained in `note`). */
  readonly inferred: boolean;
  /** How a value was inferred, or any remark a reader needs. */
  readonly note: string | null;
}

export interface SourceEntry {
  /** Key of the Source node, cited as `sourceId` by every relationship of this file. */
  readonly id: string;
  readonly title: string;
  readonly publisher: string | null;
  /** NEWS_ARTICLE, PRESS_RELEASE, REGULATION, ... */
  readonly kind: string;
  readonly dateline: string | null;
  /** ISO date, or null when the document prints none. */
  readonly publishedOn: string | null;
  readonly publishedOnInferred: boolean;
  readonly editorCode: string | null;
  readonly origin: string | null;
  /** ISO 639-1 code of the document's language ("id"). */
  readonly language: string;
  readonly url: string | null;
  /** ISO date its text was retrieved (a web page), when recorded. */
  readonly retrievedOn: string | null;
  /** Remarks on the document itself (a missing date, a descriptive title). */
  readonly note: string | null;
  /** The words backing the metadata, by field ("publisher", "origin", ...); checked, not stored. */
  readonly evidence: Readonly<Record<string, string>>;
}

/**
 * What every node entry has: its key, the words that name it, and a curator's ranks of the
 * properties it gives. Every other property is optional: a source states what it gives (a
 * null or absent property is not stated), so a later source may add to a node an earlier one
 * declared without repeating it; across the files, every property the model requires must be
 * given by some source (docs/model.md, "Statements").
 */
export interface NodeEntry {
  /** Slug key of the node. */
  readonly id: string;
  readonly sourcedFrom: Evidence;
  /** Per property (`"date"`), a rank other than NORMAL with its reason; {} when the file gives none. */
  readonly ranks: Readonly<Record<string, Ranked>>;
}

export interface OfficialEntry extends NodeEntry {
  /** Slug of the person's name; people sharing a name get a distinguishing suffix. */
  readonly id: string;
  readonly name: string | null;
  readonly nickname: string | null;
  /** True for an unnamed group ("several section heads"). */
  readonly isGroup: boolean | null;
}

export const AGENCY_KINDS = enumValues(AGENCY_KIND);

export interface AgencyEntry extends NodeEntry {
  /** `<government code>-<short name>` ("36.04-bappeda"). */
  readonly id: string;
  readonly name: string | null;
  readonly shortName: string | null;
  readonly kind: AgencyKind | null;
  /** Code of the government (regency or city) it belongs to. */
  readonly governmentCode: string | null;
}

export const PROGRAM_KINDS = enumValues(PROGRAM_KIND);

export interface ProgramEntry extends NodeEntry {
  readonly name: string | null;
  readonly description: string | null;
  readonly kind: ProgramKind | null;
  /** Year it began, when known. */
  readonly since: number | null;
}

export interface AgreementEntry extends NodeEntry {
  /** "MOU" */
  readonly kind: string | null;
  readonly title: string | null;
  /** ISO date (possibly with an inferred year: see dateInferred). */
  readonly date: string | null;
  /** The date as the document gives it ("Rabu (22/3)"); stated with the date. */
  readonly dateText: string | null;
  readonly dateInferred: boolean;
  /** Why the date is what it is, when part of it was inferred. */
  readonly dateInference: string | null;
  readonly place: string | null;
}

export interface SectorEntry extends NodeEntry {
  /** English slug ("education"). */
  readonly id: string;
  readonly name: string | null;
  /** Indonesian name ("Pendidikan"). */
  readonly localName: string | null;
}

export const CLAIM_KINDS = enumValues(CLAIM_KIND);

export interface ClaimEntry extends NodeEntry {
  /** What the document says, in English. */
  readonly text: string | null;
  readonly kind: ClaimKind | null;
}

/** The lists of a file declaring curated nodes, with the label of their nodes. */
export const CURATED_LISTS = [
  ['Official', 'officials'],
  ['Agency', 'agencies'],
  ['Program', 'programs'],
  ['Agreement', 'agreements'],
  ['Sector', 'sectors'],
  ['Claim', 'claims'],
] as const;

export type CuratedList = (typeof CURATED_LISTS)[number][1];

/** Labels a relationship may point at: the curated ones and, from the backbone, Regency. */
export type NodeLabel = 'Regency' | 'Official' | 'Agency' | 'Program' | 'Agreement' | 'Sector' | 'Claim';

/**
 * A node reference, written `Label:key` as in cypher/source/node-provenance.cypher:
 * "Regency:36.04", "Official:ratu-tatu-chasanah".
 */
export type NodeRef = string;

/**
 * A curator's judgement of a statement (docs/model.md, "Statements"): NORMAL unless the file
 * says otherwise; any other rank needs a reason.
 */
export interface Ranked {
  readonly rank: Rank;
  /** Why the rank is not NORMAL ("misprint: the MoU was signed on Wednesday 22 March"). */
  readonly rankReason: string | null;
}

interface RelationshipBase<T extends string> extends Evidence, Ranked {
  readonly type: T;
  readonly from: NodeRef;
  readonly to: NodeRef;
  /**
   * How the document names `from` when a curator wrote a mention that ingest resolved to its
   * key ("Bu Ratu Tatu"): kept so the node gets the alias and the next source resolves by it.
   */
  readonly fromMention: string | null;
  /** How the document names `to`, likewise. */
  readonly toMention: string | null;
}

/**
 * What a curator may write for a relationship's end instead of `Label:key` when ingesting
 * (src/ingest/mentions.ts): a name as the document gives it, with the context that tells it
 * apart; ingest resolves it to a key, or refuses it listing the candidates.
 */
export interface MentionEntry {
  /** The name as written: "Bu Ratu Tatu", "Pemkab Serang", "Abdullah". */
  readonly mention: string;
  /** The key, when the curator knows it: stores `mention` as an alias of that node. */
  readonly key: NodeRef | null;
  /** The label, when the relationship type allows several at this end. */
  readonly label: NodeLabel | null;
  /** The government the document places it at ("36.04"). */
  readonly government: string | null;
  /** The title the document gives it ("Bupati", "Kepala DPMD"). */
  readonly title: string | null;
  /** The agency the document places it at ("36.04-dpmd"). */
  readonly agency: string | null;
}

export const ADOPTION_STATUSES = enumValues(ADOPTION_STATUS);

export interface HoldsPosition extends RelationshipBase<'HOLDS_POSITION'> {
  /** English title ("Regent", "Head"). */
  readonly title: string;
  /** Indonesian title ("Bupati", "Kepala Bappeda"). */
  readonly localTitle: string | null;
  /** First day in office, only from a source that says so; never guessed. */
  readonly startDate: string | null;
  /** How much of startDate the source gives (DAY unless it gives only the month or year); null without a startDate. */
  readonly startPrecision: DatePrecision | null;
  /** True when startDate was read between the lines; the note says how. */
  readonly startInferred: boolean;
  /** Last day in office, only from a source that says so. */
  readonly endDate: string | null;
  readonly endPrecision: DatePrecision | null;
  readonly endInferred: boolean;
  /**
   * A day the document shows the official in this position (an ISO date), for sources that
   * give no term: "who held it on D" then means attestedOn = D (docs/model.md, "As of a date").
   */
  readonly attestedOn: string | null;
  /** That day as the document gives it ("Rabu (22/3)"); must appear in the quote. */
  readonly attestedOnText: string | null;
  /** True when part of attestedOn (e.g. the year) was inferred; the relationship's note says how. */
  readonly attestedOnInferred: boolean;
}

export interface SignedMou extends RelationshipBase<'SIGNED_MOU'> {
  /** Code of the government the official signed for. */
  readonly onBehalfOf: string;
}

export interface Covers extends RelationshipBase<'COVERS'> {
  /** True when the document puts the sector first ("diutamakan"). */
  readonly priority: boolean;
}

export interface Runs extends RelationshipBase<'RUNS'> {
  readonly since: number | null;
}

export interface Adopted extends RelationshipBase<'ADOPTED'> {
  readonly status: AdoptionStatus;
  readonly date: string | null;
  /** Code of the government the program is adopted from. */
  readonly fromCode: string | null;
}

export interface Accompanied extends RelationshipBase<'ACCOMPANIED'> {
  readonly date: string | null;
  readonly dateText: string | null;
  readonly dateInferred: boolean;
  readonly purpose: string | null;
  readonly place: string | null;
}

export type RelationshipEntry =
  | RelationshipBase<'PART_OF'>
  | HoldsPosition
  | RelationshipBase<'PARTY_TO'>
  | SignedMou
  | Covers
  | Runs
  | Adopted
  | RelationshipBase<'ORIGINATED_IN'>
  | RelationshipBase<'IN_SECTOR'>
  | Accompanied
  | RelationshipBase<'ABOUT'>
  | RelationshipBase<'STATED_BY'>;

export type RelationshipType = RelationshipEntry['type'];

/** Which labels each relationship type a source file may state joins: the model's curated relationships. */
export const RELATIONSHIP_ENDPOINTS = curatedEndpoints();

function curatedEndpoints(): Readonly<Record<RelationshipType, { readonly from: readonly NodeLabel[]; readonly to: readonly NodeLabel[] }>> {
  const endpoints: Record<string, { from: NodeLabel[]; to: NodeLabel[] }> = {};
  for (const r of MODEL.relationships) {
    if (!r.curated || r.type === 'SOURCED_FROM') continue;
    const entry = (endpoints[r.type] ??= { from: [], to: [] });
    if (!entry.from.includes(r.from as NodeLabel)) entry.from.push(r.from as NodeLabel);
    if (!entry.to.includes(r.to as NodeLabel)) entry.to.push(r.to as NodeLabel);
  }
  return endpoints as Record<RelationshipType, { from: NodeLabel[]; to: NodeLabel[] }>;
}

export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_ENDPOINTS) as RelationshipType[];

/** The whole file. Lists may be empty; every key must be present. */
export interface SourceFile {
  readonly source: SourceEntry;
  readonly officials: readonly OfficialEntry[];
  readonly agencies: readonly AgencyEntry[];
  readonly programs: readonly ProgramEntry[];
  readonly agreements: readonly AgreementEntry[];
  readonly sectors: readonly SectorEntry[];
  readonly claims: readonly ClaimEntry[];
  readonly relationships: readonly RelationshipEntry[];
}
