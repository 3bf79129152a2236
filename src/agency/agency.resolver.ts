import { ID_OR_KEY_ARGUMENT, keyOfIdOrKey } from '../graph/entity-ref';
import { graphqlEnum } from '../common/enums';
import { AGENCY_KIND } from '../model/enums';
import type { AgencyKind } from '../model/enums';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { assertAreaCode } from '../common/codes';
import { NODE_SOURCES_BOUND, nodeSources } from '../common/node-sources';
import { PageArgs } from '../common/pagination';
import { loadPage } from '../common/batch';
import type { Context } from '../context';
import { PositionConnection } from '../official/official.type';
import { Provenance } from '../provenance/provenance.type';
import { Regency } from '../regency/regency.type';
import { Agency, AgencyConnection } from './agency.type';
import { withShorthands } from '../filter/shorthand';
import type { Parent } from '../common/parent';
import { entityList } from '../filter/list';
import { SORT_ARGUMENT, sortInput, WHERE_ARGUMENT, whereInput } from '../filter/model-inputs';
import type { WhereInput } from '../filter/model-inputs';
import type { SortInput } from '../filter/compile';

const AgencyWhere = whereInput('Agency');
const AgencySort = sortInput('Agency');
const listAgency = entityList<Agency>('Agency');

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => Agency, { nullable: true, description: 'An agency by its key ("36.04-bappeda") or id ("Agency:36.04-bappeda"); null when there is none.' })
  async agency(@Arg('id', () => ID, { description: ID_OR_KEY_ARGUMENT }) id: string, @Ctx() ctx: Context): Promise<Agency | null> {
    return ctx.loaders.byKey.Agency.load(keyOfIdOrKey('Agency', id, 'id'));
  }

  @Query(() => AgencyConnection, { description: 'Agencies, filtered and sorted (id order by default).' })
  async agencies(
    @Args() pageArgs: PageArgs,
    @Arg('where', () => AgencyWhere, { nullable: true, description: WHERE_ARGUMENT }) where: WhereInput | null,
    @Arg('sort', () => [AgencySort], { nullable: true, description: SORT_ARGUMENT }) sort: SortInput[] | null,
    @Arg('governmentCode', () => ID, { nullable: true, description: 'Shorthand for where: { governmentCode: { eq } }.' }) governmentCode: string | null,
    @Arg('kind', () => graphqlEnum(AGENCY_KIND), { nullable: true, description: 'Shorthand for where: { kind: { eq } }.' }) kind: AgencyKind | null,
    @Arg('name', () => String, { nullable: true, description: 'Shorthand for where: { name: { contains } } (name or short name, e.g. "Dinkes").' })
    name: string | null,
    @Ctx() ctx: Context,
  ): Promise<AgencyConnection> {
    const filter = withShorthands<WhereInput>(
      where,
      governmentCode == null ? null : { governmentCode: { eq: assertAreaCode('regency', governmentCode, 'governmentCode') } },
      kind == null ? null : { kind: { eq: kind } },
      name == null ? null : { name: { contains: name } },
    );
    return listAgency(ctx.db, { ...pageArgs, where: filter, sort }, ctx.config.maxPageSize);
  }

  @FieldResolver(() => Regency, { description: 'The government it is part of.' })
  async government(@Root() agency: Parent<Agency>, @Ctx() ctx: Context): Promise<Regency | null> {
    return ctx.loaders.byKey.Regency.load(agency.governmentCode);
  }

  @FieldResolver(() => PositionConnection, { description: 'Positions held at this agency (its head and others), paginated by the holder\'s name.' })
  async officials(@Root() agency: Parent<Agency>, @Args() pageArgs: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<PositionConnection> {
    return loadPage(ctx.loaders.agency.positions, agency.id, pageArgs, ctx, info);
  }

  @FieldResolver(() => [Provenance], { description: `Sources that mention this agency, with quotes: ${NODE_SOURCES_BOUND}` })
  async sources(@Root() agency: Parent<Agency>, @Ctx() ctx: Context): Promise<Provenance[]> {
    return nodeSources(ctx, 'Agency', agency.id);
  }
}
