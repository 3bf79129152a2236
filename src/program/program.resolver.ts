import { ID_OR_KEY_ARGUMENT, keyOfIdOrKey } from '../graph/entity-ref';
import { graphqlEnum } from '../common/enums';
import { PROGRAM_KIND } from '../model/enums';
import type { ProgramKind } from '../model/enums';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { assertId } from '../common/codes';
import { NODE_SOURCES_BOUND, nodeSources } from '../common/node-sources';
import { PageArgs } from '../common/pagination';
import { loadPage } from '../common/batch';
import type { Context } from '../context';
import { Provenance } from '../provenance/provenance.type';
import { Sector } from '../sector/sector.type';
import { AdoptionConnection, Program, ProgramConnection, ProgramOrigin, ProgramRunConnection } from './program.type';
import { withShorthands } from '../filter/shorthand';
import type { Parent } from '../common/parent';
import { entityList } from '../filter/list';
import { SORT_ARGUMENT, sortInput, WHERE_ARGUMENT, whereInput } from '../filter/model-inputs';
import type { WhereInput } from '../filter/model-inputs';
import type { SortInput } from '../filter/compile';

const ProgramWhere = whereInput('Program');
const ProgramSort = sortInput('Program');
const listProgram = entityList<Program>('Program');

@Resolver(() => Program)
export class ProgramResolver {
  @Query(() => Program, { nullable: true, description: 'A program by its key ("35.10-scholarships-for-poor-students") or id ("Program:35.10-scholarships-for-poor-students"); null when there is none.' })
  async program(@Arg('id', () => ID, { description: ID_OR_KEY_ARGUMENT }) id: string, @Ctx() ctx: Context): Promise<Program | null> {
    return ctx.loaders.byKey.Program.load(keyOfIdOrKey('Program', id, 'id'));
  }

  @Query(() => ProgramConnection, { description: 'Programs, policies and practices, filtered and sorted (id order by default).' })
  async programs(
    @Args() pageArgs: PageArgs,
    @Arg('where', () => ProgramWhere, { nullable: true, description: WHERE_ARGUMENT }) where: WhereInput | null,
    @Arg('sort', () => [ProgramSort], { nullable: true, description: SORT_ARGUMENT }) sort: SortInput[] | null,
    @Arg('kind', () => graphqlEnum(PROGRAM_KIND), { nullable: true, description: 'Shorthand for where: { kind: { eq } }.' }) kind: ProgramKind | null,
    @Arg('name', () => String, { nullable: true, description: 'Shorthand for where: { name: { contains } }.' }) name: string | null,
    @Arg('sectorId', () => ID, { nullable: true, description: 'Shorthand for where: { sectors: { some: { key: { eq } } } }.' })
    sectorId: string | null,
    @Ctx() ctx: Context,
  ): Promise<ProgramConnection> {
    const filter = withShorthands<WhereInput>(
      where,
      kind == null ? null : { kind: { eq: kind } },
      name == null ? null : { name: { contains: name } },
      sectorId == null ? null : { sectors: { some: { key: { eq: assertId('sector', sectorId, 'sectorId') } } } },
    );
    return listProgram(ctx.db, { ...pageArgs, where: filter, sort }, ctx.config.maxPageSize);
  }

  @FieldResolver(() => ProgramRunConnection, { description: 'Governments running it, paginated in code order.' })
  async runners(@Root() program: Parent<Program>, @Args() pageArgs: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ProgramRunConnection> {
    return loadPage(ctx.loaders.program.runners, program.id, pageArgs, ctx, info);
  }

  @FieldResolver(() => AdoptionConnection, { description: 'Governments that adopted it or plan to, with status and date, paginated by date (undated last).' })
  async adopters(@Root() program: Parent<Program>, @Args() pageArgs: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<AdoptionConnection> {
    return loadPage(ctx.loaders.program.adopters, program.id, pageArgs, ctx, info);
  }

  @FieldResolver(() => ProgramOrigin, { nullable: true, description: 'The government it originated in.' })
  async origin(@Root() program: Parent<Program>, @Ctx() ctx: Context): Promise<ProgramOrigin | null> {
    return ctx.loaders.program.origin.load(program.id);
  }

  @FieldResolver(() => [Sector], { description: 'The sectors (bidang) it belongs to: a plain list, bounded by nature (the short fixed taxonomy of Query.sectors).' })
  async sectors(@Root() program: Parent<Program>, @Ctx() ctx: Context): Promise<Sector[]> {
    return ctx.loaders.program.sectors.load(program.id);
  }

  @FieldResolver(() => [Provenance], { description: `Sources that mention this program, with quotes: ${NODE_SOURCES_BOUND}` })
  async sources(@Root() program: Parent<Program>, @Ctx() ctx: Context): Promise<Provenance[]> {
    return nodeSources(ctx, 'Program', program.id);
  }
}
