/**
 * Curators' writes through GraphQL (issue 10): the same code as `npm run ingest` (planIngest,
 * then the seed's own write, writeSources), behind roles (src/auth/tokens.ts), each write
 * audited in its own transaction. The role is checked before anything else: a refused request
 * never reaches the database.
 */
import { createHash } from 'node:crypto';
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { requireRole } from '../auth/tokens';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { QUERIES } from '../db/queries';
import { silentSeedLog } from '../seed/seed-log';
import { SourceValidationError } from '../seed/source-validate';
import type { RawSource } from '../seed/source-validate';
import { readSourceDir, sourceIdOf, writeSources } from '../seed/sources';
import { planIngest } from './plan';
import type { IngestPlan } from './plan';

@ObjectType({ simpleResolvers: true, description: 'A fact where the source gives another value than the one the graph shows.' })
export class Disagreement {
  @Field({ description: 'The fact key, e.g. "PROPERTY|Agreement:mou-serang-banyuwangi-2017|date".' }) fact!: string;
  @Field({ description: 'The value this source gives, as "name=value" pairs.' }) given!: string;
  @Field({ description: 'The value the graph shows.' }) shown!: string;
  @Field(() => [String], { description: 'The sources giving the shown value: at most one entry per source.' }) shownBy!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'What ingesting one source changes in the graph (the plan `npm run ingest` prints).' })
export class IngestPlanResult {
  @Field({ description: 'The source id.' }) sourceId!: string;
  @Field({ description: 'NEW (the graph has no such source), CHANGED, or UNCHANGED (ingesting changes nothing).' }) status!: string;
  @Field(() => [String], { description: 'Entities it names that the graph holds (`Label:key`): at most the entities of the file.' }) linked!: string[];
  @Field(() => [String], { description: 'Entities it declares that the graph does not hold yet: at most the entities of the file.' }) created!: string[];
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
  @Field({ description: 'What was done: ingestSource or retractSource.' }) action!: string;
  @Field(() => [String], { description: 'The sources it added, changed or removed: at most those of one request.' }) sourceIds!: string[];
  @Field(() => String, { nullable: true, description: 'SHA-256 of the plan the write applied.' }) planHash!: string | null;
  @Field(() => Int, { description: 'Statements in the curated layer after the write.' }) statements!: number;
  @Field(() => Int, { description: 'Statements and facts it retracted.' }) retracted!: number;
}

function toResult(plan: IngestPlan): IngestPlanResult {
  return {
    sourceId: plan.sourceId,
    status: plan.status.toUpperCase(),
    linked: [...plan.entities.linked],
    created: [...plan.entities.created],
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

@Resolver()
export class IngestResolver {
  @Mutation(() => [IngestPlanResult], {
    description:
      'Needs a bearer token with the role curator or admin. Checks a source (the JSON of a file in the format of ' +
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
    let json: unknown;
    try {
      json = JSON.parse(document);
    } catch (error) {
      throw new BadUserInputError(`document is not JSON: ${error instanceof Error ? error.message : String(error)}`, 'document');
    }
    const raw: RawSource[] = [{ file: 'ingestSource(document)', json, text }];
    return checked(async () => {
      const plans = await planIngest(ctx.writer, raw);
      if (!dryRun) {
        const planHash = createHash('sha256').update(JSON.stringify(plans)).digest('hex');
        await writeSources(ctx.writer, ctx.writer.catalog, readSourceDir(), silentSeedLog, { add: raw, audit: { who: caller.name, action: 'ingestSource', planHash } });
      }
      return plans.map(toResult);
    });
  }

  @Mutation(() => Boolean, {
    description:
      'Needs a bearer token with the role admin. Removes a source ingested into the graph and every statement it made, in one ' +
      'transaction, recorded in the audit log; facts no other source states go with it. Sources of seed/sources are removed by deleting their files.',
  })
  async retractSource(@Arg('id', () => ID, { description: 'The source id.' }) id: string, @Ctx() ctx: Context): Promise<boolean> {
    const caller = requireRole(ctx.auth, ['admin'], 'retractSource');
    if (readSourceDir().some((raw) => sourceIdOf(raw) === id)) {
      throw new BadUserInputError(`Source ${id} is a file of seed/sources: remove the file and seed again.`, 'id');
    }
    const stored = await ctx.db.read(QUERIES.ingest.storedSource, { id });
    if (stored.length === 0) throw new BadUserInputError(`No source ${id} was ingested into the graph.`, 'id');
    await checked(() => writeSources(ctx.writer, ctx.writer.catalog, readSourceDir(), silentSeedLog, { remove: [id], audit: { who: caller.name, action: 'retractSource', planHash: null } }));
    return true;
  }

  @Query(() => [AuditEntry], { description: 'Needs a bearer token with the role admin. Every write of the curated layer through the API, newest first.' })
  async auditLog(
    @Arg('first', () => Int, { defaultValue: 20, description: 'Entries at most (up to MAX_PAGE_SIZE).' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<AuditEntry[]> {
    requireRole(ctx.auth, ['admin'], 'auditLog');
    if (first < 0 || first > ctx.config.maxPageSize) throw new BadUserInputError(`first must be between 0 and ${ctx.config.maxPageSize}.`, 'first');
    const rows = await ctx.db.read(QUERIES.audit.log, { limit: first });
    return rows.map((row) => row.entry as unknown as AuditEntry);
  }
}
