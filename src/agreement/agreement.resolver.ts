import { ID_OR_KEY_ARGUMENT, keyOfIdOrKey } from '../graph/entity-ref';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { assertAreaCode, assertId } from '../common/codes';
import { NODE_SOURCES_BOUND, nodeSources } from '../common/node-sources';
import { PageArgs } from '../common/pagination';
import { loadPage } from '../common/batch';
import type { Context } from '../context';
import { Provenance } from '../provenance/provenance.type';
import { Agreement, AgreementConnection, AgreementPartyConnection, SectorCoverageConnection, SignatureConnection } from './agreement.type';
import { withShorthands } from '../filter/shorthand';
import type { Parent } from '../common/parent';
import { entityList } from '../filter/list';
import { SORT_ARGUMENT, sortInput, WHERE_ARGUMENT, whereInput } from '../filter/model-inputs';
import type { WhereInput } from '../filter/model-inputs';
import type { SortInput } from '../filter/compile';

const AgreementWhere = whereInput('Agreement');
const AgreementSort = sortInput('Agreement');
const listAgreement = entityList<Agreement>('Agreement');

@Resolver(() => Agreement)
export class AgreementResolver {
  @Query(() => Agreement, { nullable: true, description: 'An agreement by its key ("mou-serang-banyuwangi-2017") or id ("Agreement:mou-serang-banyuwangi-2017"); null when there is none.' })
  async agreement(@Arg('id', () => ID, { description: ID_OR_KEY_ARGUMENT }) id: string, @Ctx() ctx: Context): Promise<Agreement | null> {
    return ctx.loaders.byKey.Agreement.load(keyOfIdOrKey('Agreement', id, 'id'));
  }

  @Query(() => AgreementConnection, { description: 'Agreements (MoUs), filtered and sorted (id order by default).' })
  async agreements(
    @Args() pageArgs: PageArgs,
    @Arg('where', () => AgreementWhere, { nullable: true, description: WHERE_ARGUMENT }) where: WhereInput | null,
    @Arg('sort', () => [AgreementSort], { nullable: true, description: SORT_ARGUMENT }) sort: SortInput[] | null,
    @Arg('partyCode', () => ID, { nullable: true, description: 'Only agreements this government is party to.' })
    partyCode: string | null,
    @Arg('sectorId', () => ID, { nullable: true, description: 'Only agreements covering this sector.' }) sectorId: string | null,
    @Ctx() ctx: Context,
  ): Promise<AgreementConnection> {
    const filter = withShorthands<WhereInput>(
      where,
      partyCode == null ? null : { parties: { some: { code: { eq: assertAreaCode('regency', partyCode, 'partyCode') } } } },
      sectorId == null ? null : { sectors: { some: { key: { eq: assertId('sector', sectorId, 'sectorId') } } } },
    );
    return listAgreement(ctx.db, { ...pageArgs, where: filter, sort }, ctx.config.maxPageSize);
  }

  @FieldResolver(() => AgreementPartyConnection, { description: 'The governments it binds, paginated in code order.' })
  async parties(@Root() agreement: Parent<Agreement>, @Args() pageArgs: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<AgreementPartyConnection> {
    return loadPage(ctx.loaders.agreement.parties, agreement.id, pageArgs, ctx, info);
  }

  @FieldResolver(() => SignatureConnection, { description: 'Who signed it, for which government, paginated in the order of those governments.' })
  async signatories(@Root() agreement: Parent<Agreement>, @Args() pageArgs: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<SignatureConnection> {
    return loadPage(ctx.loaders.agreement.signatures, agreement.id, pageArgs, ctx, info);
  }

  @FieldResolver(() => SectorCoverageConnection, { description: 'The sectors it covers, paginated in sector id order.' })
  async sectors(@Root() agreement: Parent<Agreement>, @Args() pageArgs: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<SectorCoverageConnection> {
    return loadPage(ctx.loaders.agreement.sectors, agreement.id, pageArgs, ctx, info);
  }

  @FieldResolver(() => [Provenance], { description: `Sources reporting it, with quotes: ${NODE_SOURCES_BOUND}` })
  async sources(@Root() agreement: Parent<Agreement>, @Ctx() ctx: Context): Promise<Provenance[]> {
    return nodeSources(ctx, 'Agreement', agreement.id);
  }
}
