import { ID_OR_KEY_ARGUMENT, keyOfIdOrKey } from '../graph/entity-ref';
import { graphqlEnum } from '../common/enums';
import { REGENCY_KIND } from '../model/enums';
import type { RegencyKind } from '../model/enums';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { selects, selectsInItems } from '../common/lookahead';
import { compiledByKey, compiledList } from '../compile';
import { AgencyConnection } from '../agency/agency.type';
import { AgreementConnection } from '../agreement/agreement.type';
import { ClaimConnection } from '../claim/claim.type';
import { assertAreaCode } from '../common/codes';
import { PageArgs, pageInMemory, toConnection, toListConnection, toListPage, toPage } from '../common/pagination';
import type { Sorted } from '../common/pagination';
import { loadPage } from '../common/batch';
import { LocalDate } from '../common/scalars';
import type { Context } from '../context';
import { HEAD_TITLES, keepBestHolders } from '../official/holders';
import { DistrictConnection } from '../district/district.type';
import { IslandConnection } from '../island/island.type';
import { asOfKey, HOLDS_ON_RULE } from '../common/as-of';
import { Official, Position, PositionConnection } from '../official/official.type';
import { AdoptionConnection, ProgramRunConnection } from '../program/program.type';
import { Province } from '../province/province.type';
import { Regency, RegencyConnection } from './regency.type';
import { withShorthands } from '../filter/shorthand';
import type { Parent } from '../common/parent';
import { entityList } from '../filter/list';
import { SORT_ARGUMENT, sortInput, WHERE_ARGUMENT, whereInput } from '../filter/model-inputs';
import type { WhereInput } from '../filter/model-inputs';
import type { SortInput } from '../filter/compile';

const RegencyWhere = whereInput('Regency');
const RegencySort = sortInput('Regency');
const listRegency = entityList<Regency>('Regency');

@Resolver(() => Regency)
export class RegencyResolver {
  @Query(() => Regency, {
    nullable: true,
    description: 'A regency or city by its key ("36.04") or id ("Regency:36.04"); null when there is none.',
  })
  async regency(
    @Arg('code', () => ID, { description: ID_OR_KEY_ARGUMENT }) code: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Regency | null> {
    const key = keyOfIdOrKey('Regency', code, 'code');
    return compiledByKey<Regency>(ctx, info, 'Regency', key) ?? ctx.loaders.byKey.Regency.load(key);
  }

  @Query(() => RegencyConnection, { description: 'Regencies and cities, filtered and sorted (code order by default).' })
  async regencies(
    @Args() pageArgs: PageArgs,
    @Arg('where', () => RegencyWhere, { nullable: true, description: WHERE_ARGUMENT }) where: WhereInput | null,
    @Arg('sort', () => [RegencySort], { nullable: true, description: SORT_ARGUMENT }) sort: SortInput[] | null,
    @Arg('provinceCode', () => ID, { nullable: true, description: 'Shorthand for where: { provinceCode: { eq } }.' })
    provinceCode: string | null,
    @Arg('kind', () => graphqlEnum(REGENCY_KIND), { nullable: true, description: 'Shorthand for where: { kind: { eq } }.' }) kind: RegencyKind | null,
    @Arg('name', () => String, { nullable: true, description: 'Shorthand for where: { name: { contains } }; "Kab." and "Pemkab" are understood.' })
    name: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RegencyConnection> {
    const filter = withShorthands<WhereInput>(
      where,
      provinceCode == null ? null : { provinceCode: { eq: assertAreaCode('province', provinceCode, 'provinceCode') } },
      kind == null ? null : { kind: { eq: kind } },
      name == null ? null : { name: { contains: name } },
    );
    const params = { withProvince: selectsInItems(info, ['province']) };
    const args = { ...pageArgs, where: filter, sort, params };
    return compiledList<Regency>(ctx, info, 'Regency', args) ?? listRegency(ctx.db, args, ctx.config.maxPageSize);
  }

  @FieldResolver(() => Province, { description: 'Its province (provinsi).' })
  async province(@Root() regency: Parent<Regency>, @Ctx() ctx: Context): Promise<Province | null> {
    return regency.province ?? ctx.loaders.byKey.Province.load(regency.provinceCode);
  }

  @FieldResolver(() => DistrictConnection, { description: 'Its districts (kecamatan), paginated in code order.' })
  async districts(
    @Root() regency: Parent<Regency>,
    @Args() pageArgs: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<DistrictConnection> {
    const page = toPage(pageArgs, ctx.config.maxPageSize);
    const extras = { withTotal: selects(info, ['totalCount']), withVillageCount: selectsInItems(info, ['villageCount']) };
    const rows = await ctx.loaders.regency.districts.for({ ...page, ...extras }).load(regency.code);
    return toConnection(rows ?? { totalCount: 0, nodes: [] }, page, (d) => d.code);
  }

  @FieldResolver(() => IslandConnection, { description: 'Its islands (pulau), paginated in code order.' })
  async islands(
    @Root() regency: Parent<Regency>,
    @Args() pageArgs: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<IslandConnection> {
    const page = toPage(pageArgs, ctx.config.maxPageSize);
    const rows = await ctx.loaders.regency.islands.for({ ...page, withTotal: selects(info, ['totalCount']) }).load(regency.code);
    return toConnection(rows ?? { totalCount: 0, nodes: [] }, page, (i) => i.code);
  }

  @FieldResolver(() => Official, {
    nullable: true,
    description: 'Its head: the Bupati or Wali Kota the graph knows of (the current one first), or the one in office on `asOf`.',
  })
  async head(
    @Root() regency: Parent<Regency>,
    @Arg('asOf', () => LocalDate, { nullable: true, description: `Only a head in office on this day; null if none is known. ${HOLDS_ON_RULE}` })
    asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<Official | null> {
    return ctx.loaders.regency.head.load(asOfKey(regency.code, asOf));
  }

  @FieldResolver(() => Position, {
    nullable: true,
    description:
      'The post of its head (Bupati or Wali Kota) as the sources have it: held by an official (`holder` KNOWN), by someone ' +
      'a source does not name (UNKNOWN), or vacant (NONE); null when no source speaks of it (on `asOf`, when given).',
  })
  async headPosition(
    @Root() regency: Parent<Regency>,
    @Arg('asOf', () => LocalDate, { nullable: true, description: `Only on this day. ${HOLDS_ON_RULE}` }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<Position | null> {
    const positions = keepBestHolders(await ctx.loaders.regency.positions.load(asOfKey(regency.code, asOf)));
    return positions.find((p) => !p.agencyId && HEAD_TITLES.includes(p.title)) ?? null;
  }

  @FieldResolver(() => PositionConnection, {
    description:
      'Positions held at this government and its agencies, paginated, heads of the government first, then by agency: its officials, ' +
      'and posts a source says were vacant (`holder` NONE) or held by someone it does not name (UNKNOWN).',
  })
  async officials(
    @Root() regency: Parent<Regency>,
    @Arg('asOf', () => LocalDate, { nullable: true, description: `Only positions held on this day. ${HOLDS_ON_RULE}` }) asOf: string | null,
    @Args() pageArgs: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<PositionConnection> {
    // Paged here, not in Cypher: the positions of one government are few, and reading them whole
    // lets the API choose among what sources say of a post (keepBestHolders) before it counts and pages.
    const page = toListPage(pageArgs, ctx.config.maxPageSize);
    const positions = keepBestHolders(await ctx.loaders.regency.positions.load(asOfKey(regency.code, asOf)));
    return toListConnection(pageInMemory(positions as Array<Position & Sorted>, page), page);
  }

  @FieldResolver(() => AgencyConnection, { description: 'Its agencies (SKPD / OPD), paginated in id order.' })
  async agencies(@Root() regency: Parent<Regency>, @Args() pageArgs: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<AgencyConnection> {
    return loadPage(ctx.loaders.regency.agencies, regency.code, pageArgs, ctx, info);
  }

  @FieldResolver(() => ProgramRunConnection, { description: 'Programs, policies and practices it runs, paginated in program id order.' })
  async programs(@Root() regency: Parent<Regency>, @Args() pageArgs: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ProgramRunConnection> {
    return loadPage(ctx.loaders.regency.programs, regency.code, pageArgs, ctx, info);
  }

  @FieldResolver(() => AdoptionConnection, { description: 'Programs it adopted or plans to adopt from other governments, paginated in program id order.' })
  async adoptedPrograms(
    @Root() regency: Parent<Regency>,
    @Args() pageArgs: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AdoptionConnection> {
    return loadPage(ctx.loaders.regency.adoptions, regency.code, pageArgs, ctx, info);
  }

  @FieldResolver(() => AgreementConnection, { description: 'Agreements (MoUs) it is party to, paginated newest first (undated last).' })
  async agreements(@Root() regency: Parent<Regency>, @Args() pageArgs: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<AgreementConnection> {
    return loadPage(ctx.loaders.regency.agreements, regency.code, pageArgs, ctx, info);
  }

  @FieldResolver(() => RegencyConnection, { description: 'Governments it has an agreement with, paginated in code order.' })
  async partners(@Root() regency: Parent<Regency>, @Args() pageArgs: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<RegencyConnection> {
    return loadPage(ctx.loaders.regency.partners, regency.code, pageArgs, ctx, info);
  }

  @FieldResolver(() => ClaimConnection, { description: 'What sources say about it (reported, not asserted), paginated in id order.' })
  async claims(@Root() regency: Parent<Regency>, @Args() pageArgs: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ClaimConnection> {
    return loadPage(ctx.loaders.regency.claims, regency.code, pageArgs, ctx, info);
  }
}
