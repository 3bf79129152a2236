/**
 * Curators' writes through GraphQL (issue 10): the same code as `npm run ingest` (planIngest,
 * then the seed's own write, writeSources), behind roles (src/auth/tokens.ts), each write
 * audited in its own transaction. The role is checked before anything else: a refused request
 * never reaches the database. A write is given WRITE_TIMEOUT_MS rather than the request's usual
 * deadline, so its client never hears REQUEST_TIMEOUT about a write that then commits.
 */
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { requireRole } from '../auth/tokens';
import { extendDeadline } from '../http-guards/deadline';
import type { Caller } from '../auth/tokens';
import { graphqlEnum } from '../common/enums';
import { RANK } from '../model/enums';
import type { Rank } from '../model/enums';
import { parsePropertyFact } from '../seed/property-statements';
import { CURATED_LISTS } from '../seed/source-file';
import type { RelationshipEntry } from '../seed/source-file';
import { factKey } from '../seed/statements';
import type { Context } from '../context';
import { BadUserInputError, ForbiddenError } from '../errors';
import { QUERIES } from '../db/queries';
import { silentSeedLog } from '../seed/seed-log';
import { parseNodeRef, SourceValidationError } from '../seed/source-validate';
import type { RawSource } from '../seed/source-validate';
import { readSourceDir, sourceIdOf, writeSources } from '../seed/sources';
import type { StoredChange } from '../seed/sources';
import { auditOfPlans, planIngest } from './plan';
import type { IngestPlan } from './plan';

@ObjectType({ simpleResolvers: true, description: 'A fact where the source gives another value than the one the graph shows.' })
export class Disagreement {
  @Field({ description: 'The fact key, e.g. "PROPERTY|Agreement:mou-serang-banyuwangi-2017|date".' }) fact!: string;
  @Field({ description: 'The value this source gives, as "name=value" pairs.' }) given!: string;
  @Field({ description: 'The value the graph shows.' }) shown!: string;
  @Field(() => [String], { description: 'The sources giving the shown value: at most one entry per source.' }) shownBy!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'A name a source gives in place of a key, and the node it resolved to.' })
export class MentionResult {
  @Field({ description: 'Where it is in the document, e.g. "relationships[2].from".' }) path!: string;
  @Field({ description: 'LINKED (a node the graph or the document holds) or NEW (a node made for it).' }) kind!: string;
  @Field({ description: 'The node, as `Label:key`.' }) ref!: string;
  @Field({ description: 'What became of it, as the command prints it.' }) sentence!: string;
}

@ObjectType({ simpleResolvers: true, description: 'What ingesting one source changes in the graph (the plan `npm run ingest` prints).' })
export class IngestPlanResult {
  @Field({ description: 'The source id.' }) sourceId!: string;
  @Field({ description: 'NEW (the graph has no such source), CHANGED, or UNCHANGED (ingesting changes nothing).' }) status!: string;
  @Field(() => [String], { description: 'Entities it names that the graph holds (`Label:key`): at most the entities of the file.' }) linked!: string[];
  @Field(() => [String], { description: 'Entities it declares that the graph does not hold yet: at most the entities of the file.' }) created!: string[];
  @Field(() => [MentionResult], { description: 'Its mentions (names in place of keys) and what each resolved to: at most the relationship ends of the file.' })
  mentions!: MentionResult[];
  @Field(() => Int, { description: 'Statements the graph does not hold yet.' }) statementsAdded!: number;
  @Field(() => Int, { description: 'Statements the graph holds already.' }) statementsUnchanged!: number;
  @Field(() => [String], { description: 'Statements of an earlier version of the source that it no longer makes: at most those of the source.' })
  retracted!: string[];
  @Field(() => [String], { description: 'Facts other sources state with the same value, to which it adds a reference: at most the facts of the file.' })
  referencesAdded!: string[];
  @Field(() => [Disagreement], { description: 'Facts where it disagrees with what the graph shows: at most the facts of the file.' })
  disagreements!: Disagreement[];
}

@ObjectType({ simpleResolvers: true, description: 'One write of the curated layer through the API, as recorded in the graph.' })
export class AuditEntry {
  @Field(() => ID, { description: 'Its id (a UUID).' }) id!: string;
  @Field({ description: 'When, as an ISO date-time.' }) at!: string;
  @Field({ description: 'The name of the token that made it.' }) who!: string;
  @Field({ description: 'What was done: ingestSource, retractSource or setStatementRank.' }) action!: string;
  @Field(() => [String], { description: 'The sources it added, changed or removed: at most those of one request.' }) sourceIds!: string[];
  @Field(() => String, { nullable: true, description: 'SHA-256 of the plan the write applied.' }) planHash!: string | null;
  @Field(() => Int, { description: 'Statements in the curated layer after the write.' }) statements!: number;
  @Field(() => Int, { description: 'Statements and facts it retracted.' }) retracted!: number;
  @Field({
    description:
      'What changed, as JSON: for ingestSource, per source its status, the entities it made, the statements it added and the ids of those it retracted; ' +
      'for retractSource, the source removed; for setStatementRank, the source, fact, rank and reason.',
  })
  detail!: string;
}

function toResult(plan: IngestPlan): IngestPlanResult {
  return {
    sourceId: plan.sourceId,
    status: plan.status.toUpperCase(),
    linked: [...plan.entities.linked],
    created: [...plan.entities.created],
    mentions: plan.mentions.map((m) => ({ ...m, kind: m.kind.toUpperCase() })),
    statementsAdded: plan.statements.added,
    statementsUnchanged: plan.statements.unchanged,
    retracted: [...plan.statements.retracted],
    referencesAdded: [...plan.referencesAdded],
    disagreements: plan.disagreements.map((d) => ({ ...d, shownBy: [...d.shownBy] })),
  };
}

/** Runs `work`, turning the files' problems into one BAD_USER_INPUT listing them all. */
async function checked<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SourceValidationError) {
      throw new BadUserInputError(`The source has ${error.problems.length} problem(s): ${error.problems.join(' ')}`, 'document');
    }
    throw error;
  }
}

/** The curated layer written as seed/sources and the stored sources, changed by `change` (the same write as the seed's and `npm run ingest`'s). */
function writeCurated(ctx: Context, change: StoredChange): Promise<unknown> {
  return checked(() => writeSources(ctx.writer, ctx.writer.catalog, readSourceDir(), silentSeedLog, change));
}

interface StoredSource {
  readonly document: string;
  readonly text: string;
  readonly ingestedBy: string | null;
}

/** The source the graph keeps for an ingested id, or null; refuses a caller other than its curator or an admin. */
async function storedSourceFor(ctx: Context, caller: Caller, id: string, what: string): Promise<StoredSource | null> {
  const [stored] = await ctx.db.read(QUERIES.ingest.storedById, { ids: [id] });
  if (!stored) return null;
  const ingestedBy = stored.ingestedBy === null || stored.ingestedBy === undefined ? null : String(stored.ingestedBy);
  if (caller.role !== 'admin' && ingestedBy !== caller.name) {
    throw new ForbiddenError(`${what}: source ${id} was ingested with another token; a curator changes only the sources it ingested (an admin any).`);
  }
  return { document: String(stored.document), text: String(stored.text), ingestedBy };
}

/** An ingested source the caller may change: its own, or any for an admin; refuses seed files and unknown ids. */
async function ownStoredSource(ctx: Context, caller: Caller, id: string, what: string): Promise<StoredSource> {
  if (readSourceDir().some((raw) => sourceIdOf(raw) === id)) {
    throw new BadUserInputError(`Source ${id} is a file of seed/sources: edit or remove the file and seed again.`, 'id');
  }
  const stored = await storedSourceFor(ctx, caller, id, what);
  if (!stored) throw new BadUserInputError(`No source ${id} was ingested into the graph.`, 'id');
  return stored;
}

/**
 * Writes a rank into a source file's JSON: on the relationship entry stating `fact`, or for a
 * property fact in the declaring entry's `ranks`. False when the file states no such fact.
 */
export function rankStatement(json: Record<string, unknown>, fact: string, rank: Rank, reason: string | null): boolean {
  const property = parsePropertyFact(fact);
  if (property) {
    const ref = parseNodeRef(property.ref);
    const list = CURATED_LISTS.find(([label]) => label === ref?.label)?.[1];
    const entries = (list && Array.isArray(json[list]) ? json[list] : []) as Array<Record<string, unknown>>;
    const entry = entries.find((e) => e.id === ref?.key && e[property.property] !== undefined && e[property.property] !== null);
    if (!entry) return false;
    const ranks = { ...((entry.ranks ?? {}) as Record<string, unknown>) };
    if (rank === 'NORMAL') delete ranks[property.property];
    else ranks[property.property] = { rank, rankReason: reason };
    entry.ranks = ranks;
    return true;
  }
  const relationships = (Array.isArray(json.relationships) ? json.relationships : []) as Array<Record<string, unknown>>;
  const entry = relationships.find((rel) => factKey(rel as unknown as RelationshipEntry) === fact);
  if (!entry) return false;
  entry.rank = rank;
  entry.rankReason = reason;
  return true;
}

@Resolver()
export class IngestResolver {
  @Mutation(() => [IngestPlanResult], {
    description:
      'Needs a bearer token with the role curator or admin (a curator may change only a source it ingested). Checks a source (the JSON of a file in the format of ' +
      'schema/source-file.schema.json, and its text) against the graph and returns the plan; unless `dryRun`, applies it in one ' +
      'transaction, the same write as `npm run ingest`, and records it in the audit log. Idempotent.',
  })
  async ingestSource(
    @Arg('document', { description: 'The source file, as JSON text.' }) document: string,
    @Arg('text', { description: 'The text of the document, which every quote must be found in verbatim.' }) text: string,
    @Arg('dryRun', { defaultValue: false, description: 'Only return the plan; write nothing.' }) dryRun: boolean,
    @Ctx() ctx: Context,
  ): Promise<IngestPlanResult[]> {
    const caller = requireRole(ctx.auth, ['curator', 'admin'], 'ingestSource');
    extendDeadline(ctx.config.protection.writeTimeoutMs);
    let json: unknown;
    try {
      json = JSON.parse(document);
    } catch (error) {
      throw new BadUserInputError(`document is not JSON: ${error instanceof Error ? error.message : String(error)}`, 'document');
    }
    const raw: RawSource[] = [{ file: 'ingestSource(document)', json, text }];
    const earlier = await storedSourceFor(ctx, caller, sourceIdOf(raw[0] as RawSource), 'ingestSource');
    return checked(async () => {
      const { plans, sources } = await planIngest(ctx.writer, raw);
      if (!dryRun) {
        const audit = auditOfPlans(caller.name, plans);
        await writeCurated(ctx, { add: sources, audit, ingestedBy: earlier?.ingestedBy ?? caller.name });
      }
      return plans.map(toResult);
    });
  }

  @Mutation(() => Boolean, {
    description:
      'Needs a bearer token with the role curator (for a source it ingested) or admin (any). Removes a source ingested into the ' +
      'graph and every statement it made, in one transaction, recorded in the audit log; facts no other source states go with it. ' +
      'Sources of seed/sources are removed by deleting their files.',
  })
  async retractSource(@Arg('id', () => ID, { description: 'The source id.' }) id: string, @Ctx() ctx: Context): Promise<boolean> {
    const caller = requireRole(ctx.auth, ['curator', 'admin'], 'retractSource');
    extendDeadline(ctx.config.protection.writeTimeoutMs);
    await ownStoredSource(ctx, caller, id, 'retractSource');
    await writeCurated(ctx, { remove: [id], audit: { who: caller.name, action: 'retractSource', planHash: null, detail: JSON.stringify({ removed: id }) } });
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'Needs a bearer token with the role curator (for a source it ingested) or admin (any). Sets the rank of what one ingested ' +
      'source states about one fact (docs/model.md, "Statements"): PREFERRED or DEPRECATED with a reason, or NORMAL again. The ' +
      "rank is written into the source's stored file and the curated layer rewritten from it in one transaction, recorded in the " +
      'audit log. Statements of seed/sources files are ranked in their files.',
  })
  async setStatementRank(
    @Arg('sourceId', () => ID, { description: 'The source making the statement.' }) sourceId: string,
    @Arg('fact', { description: 'The fact key, as `fact` on a sourced relationship or in a plan: "ADOPTED|Regency:36.04|Program:35.10-tourism-development-programs", "PROPERTY|Agreement:mou-serang-banyuwangi-2017|date".' })
    fact: string,
    @Arg('rank', () => graphqlEnum(RANK), { description: 'The new rank.' }) rank: Rank,
    @Arg('reason', () => String, { nullable: true, description: 'Why: required for PREFERRED and DEPRECATED.' }) reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    const caller = requireRole(ctx.auth, ['curator', 'admin'], 'setStatementRank');
    extendDeadline(ctx.config.protection.writeTimeoutMs);
    if (rank !== 'NORMAL' && !reason?.trim()) throw new BadUserInputError(`A ${rank} rank needs a reason.`, 'reason');
    const stored = await ownStoredSource(ctx, caller, sourceId, 'setStatementRank');
    const json = JSON.parse(stored.document) as Record<string, unknown>;
    if (!rankStatement(json, fact, rank, rank === 'NORMAL' ? null : (reason as string).trim())) {
      throw new BadUserInputError(`Source ${sourceId} states nothing about the fact ${fact}.`, 'fact');
    }
    const change = { add: [{ file: `graph:${sourceId}`, json, text: stored.text }], ingestedBy: stored.ingestedBy ?? caller.name };
    await writeCurated(ctx, { ...change, audit: { who: caller.name, action: 'setStatementRank', planHash: null, detail: JSON.stringify({ sourceId, fact, rank, reason }) } });
    return true;
  }

  @Query(() => [AuditEntry], {
    description: 'Needs a bearer token with the role admin. Every write of the curated layer (through the API or `npm run ingest`), newest first: at most `first` entries.',
  })
  async auditLog(
    @Arg('first', () => Int, { defaultValue: 20, description: 'Entries at most (up to MAX_PAGE_SIZE).' }) first: number,
    @Arg('after', () => ID, { nullable: true, description: 'The id of the last entry seen: the page holds the entries older than it.' }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<AuditEntry[]> {
    requireRole(ctx.auth, ['admin'], 'auditLog');
    if (first < 0 || first > ctx.config.maxPageSize) throw new BadUserInputError(`first must be between 0 and ${ctx.config.maxPageSize}.`, 'first');
    const [row] = await ctx.db.read(QUERIES.audit.log, { limit: first, after: after ?? null });
    if (after !== null && after !== undefined && !row?.found) throw new BadUserInputError(`No audit entry has the id ${after}.`, 'after');
    return ((row?.entries ?? []) as unknown[]).map((entry) => entry as AuditEntry);
  }
}
