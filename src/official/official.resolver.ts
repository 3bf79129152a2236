import { ID_OR_KEY_ARGUMENT, keyOfIdOrKey } from '../graph/entity-ref';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Agency } from '../agency/agency.type';
import { Signature } from '../agreement/agreement.type';
import { assertAreaCode } from '../common/codes';
import { nodeSources } from '../common/node-sources';
import { PageArgs } from '../common/pagination';
import type { Context } from '../context';
import { Provenance } from '../provenance/provenance.type';
import { Accompaniment, Official, OfficialConnection, Position } from './official.type';
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

  @FieldResolver(() => [Position], { description: 'Positions held: title, at which government or agency.' })
  async positions(@Root() official: Parent<Official>, @Ctx() ctx: Context): Promise<Position[]> {
    return ctx.loaders.official.positions.load(official.id);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency they head or work at, if any.' })
  async agency(@Root() official: Parent<Official>, @Ctx() ctx: Context): Promise<Agency | null> {
    const positions = await ctx.loaders.official.positions.load(official.id);
    const atAgency = positions.find((p) => p.agencyId !== null);
    if (!atAgency?.agencyId) return null;
    return atAgency.agency ?? ctx.loaders.byKey.Agency.load(atAgency.agencyId);
  }

  @FieldResolver(() => [Signature], { description: 'Agreements they signed, and for which government.' })
  async signedAgreements(@Root() official: Parent<Official>, @Ctx() ctx: Context): Promise<Signature[]> {
    return ctx.loaders.official.signed.load(official.id);
  }

  @FieldResolver(() => [Accompaniment], { description: 'Officials they accompanied (the `official` of each entry).' })
  async accompanied(@Root() official: Parent<Official>, @Ctx() ctx: Context): Promise<Accompaniment[]> {
    return ctx.loaders.official.accompanied.load(official.id);
  }

  @FieldResolver(() => [Accompaniment], { description: 'Officials who accompanied them (the `official` of each entry).' })
  async accompaniedBy(@Root() official: Parent<Official>, @Ctx() ctx: Context): Promise<Accompaniment[]> {
    return ctx.loaders.official.accompaniedBy.load(official.id);
  }

  @FieldResolver(() => [Provenance], { description: 'Sources that mention this official, with quotes.' })
  async sources(@Root() official: Parent<Official>, @Ctx() ctx: Context): Promise<Provenance[]> {
    return nodeSources(ctx, 'Official', official.id);
  }
}
