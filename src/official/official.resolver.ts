import { ID_OR_KEY_ARGUMENT, keyOfIdOrKey } from '../graph/entity-ref';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { Agency } from '../agency/agency.type';
import { SignatureConnection } from '../agreement/agreement.type';
import { assertAreaCode } from '../common/codes';
import { NODE_SOURCES_BOUND, nodeSources } from '../common/node-sources';
import { PageArgs, toListPage } from '../common/pagination';
import { loadPage } from '../common/batch';
import type { Context } from '../context';
import { Provenance } from '../provenance/provenance.type';
import { AccompanimentConnection, Official, OfficialConnection, PositionConnection } from './official.type';
import { withShorthands } from '../filter/shorthand';
import type { Parent } from '../common/parent';
import { entityList } from '../filter/list';
import { SORT_ARGUMENT, sortInput, WHERE_ARGUMENT, whereInput } from '../filter/model-inputs';
import type { WhereInput } from '../filter/model-inputs';
import type { SortInput } from '../filter/compile';

const OfficialWhere = whereInput('Official');
const OfficialSort = sortInput('Official');
const listOfficial = entityList<Official>('Official');

@Resolver(() => Official)
export class OfficialResolver {
  @Query(() => Official, { nullable: true, description: 'An official by its key ("ratu-tatu-chasanah") or id ("Official:ratu-tatu-chasanah"); null when there is none.' })
  async official(@Arg('id', () => ID, { description: ID_OR_KEY_ARGUMENT }) id: string, @Ctx() ctx: Context): Promise<Official | null> {
    return ctx.loaders.byKey.Official.load(keyOfIdOrKey('Official', id, 'id'));
  }

  @Query(() => OfficialConnection, { description: 'Officials, filtered and sorted (id order by default).' })
  async officials(
    @Args() pageArgs: PageArgs,
    @Arg('where', () => OfficialWhere, { nullable: true, description: WHERE_ARGUMENT }) where: WhereInput | null,
    @Arg('sort', () => [OfficialSort], { nullable: true, description: SORT_ARGUMENT }) sort: SortInput[] | null,
    @Arg('name', () => String, { nullable: true, description: 'Shorthand for where: { name: { contains } } (name or nickname).' }) name: string | null,
    @Arg('governmentCode', () => ID, { nullable: true, description: 'Only officials of this government or its agencies.' })
    governmentCode: string | null,
    @Ctx() ctx: Context,
  ): Promise<OfficialConnection> {
    const filter = withShorthands<WhereInput>(
      where,
      name == null ? null : { name: { contains: name } },
      governmentCode == null ? null : { governments: { some: { code: { eq: assertAreaCode('regency', governmentCode, 'governmentCode') } } } },
    );
    return listOfficial(ctx.db, { ...pageArgs, where: filter, sort }, ctx.config.maxPageSize);
  }

  @FieldResolver(() => PositionConnection, { description: 'Positions held: title, at which government or agency, paginated latest start first (no start date last).' })
  async positions(@Root() official: Parent<Official>, @Args() pageArgs: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<PositionConnection> {
    return loadPage(ctx.loaders.official.positions, official.id, pageArgs, ctx, info);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency they head or work at, if any.' })
  async agency(@Root() official: Parent<Official>, @Ctx() ctx: Context): Promise<Agency | null> {
    // The largest page: an official holds a handful of positions, far fewer than the maximum.
    const page = { ...toListPage({ first: ctx.config.maxPageSize }, ctx.config.maxPageSize), withTotal: false };
    const positions = await ctx.loaders.official.positions.for(page).load(official.id);
    const atAgency = positions?.nodes.find((p) => p.agencyId !== null);
    if (!atAgency?.agencyId) return null;
    return atAgency.agency ?? ctx.loaders.byKey.Agency.load(atAgency.agencyId);
  }

  @FieldResolver(() => SignatureConnection, { description: 'Agreements they signed, and for which government, paginated newest first (undated last).' })
  async signedAgreements(@Root() official: Parent<Official>, @Args() pageArgs: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<SignatureConnection> {
    return loadPage(ctx.loaders.official.signed, official.id, pageArgs, ctx, info);
  }

  @FieldResolver(() => AccompanimentConnection, { description: 'Officials they accompanied (the `official` of each entry), paginated by date (undated last).' })
  async accompanied(@Root() official: Parent<Official>, @Args() pageArgs: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<AccompanimentConnection> {
    return loadPage(ctx.loaders.official.accompanied, official.id, pageArgs, ctx, info);
  }

  @FieldResolver(() => AccompanimentConnection, { description: 'Officials who accompanied them (the `official` of each entry), paginated by date (undated last).' })
  async accompaniedBy(@Root() official: Parent<Official>, @Args() pageArgs: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<AccompanimentConnection> {
    return loadPage(ctx.loaders.official.accompaniedBy, official.id, pageArgs, ctx, info);
  }

  @FieldResolver(() => [Provenance], { description: `Sources that mention this official, with quotes: ${NODE_SOURCES_BOUND}` })
  async sources(@Root() official: Parent<Official>, @Ctx() ctx: Context): Promise<Provenance[]> {
    return nodeSources(ctx, 'Official', official.id);
  }
}
