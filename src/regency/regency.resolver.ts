import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Agency } from '../agency/agency.type';
import { Agreement } from '../agreement/agreement.type';
import { Claim } from '../claim/claim.type';
import { assertAreaCode } from '../common/codes';
import { PageArgs, toConnection, toPage } from '../common/pagination';
import type { Context } from '../context';
import { DistrictConnection } from '../district/district.type';
import { Official, Position } from '../official/official.type';
import { Adoption, ProgramRun } from '../program/program.type';
import { Province } from '../province/province.type';
import { nameFilter } from '../search/normalize';
import { regencyRepository } from './regency.repository';
import { Regency, RegencyConnection, RegencyKind } from './regency.type';

@Resolver(() => Regency)
export class RegencyResolver {
  @Query(() => Regency, {
    nullable: true,
    description: 'A regency or city by its code ("36.04"); null when there is none.',
  })
  async regency(@Arg('code', () => ID) code: string, @Ctx() ctx: Context): Promise<Regency | null> {
    return ctx.loaders.regency.byCode.load(assertAreaCode('regency', code));
  }

  @Query(() => RegencyConnection, { description: 'Regencies and cities in code order, filtered.' })
  async regencies(
    @Args() pageArgs: PageArgs,
    @Arg('provinceCode', () => ID, { nullable: true }) provinceCode: string | null,
    @Arg('kind', () => RegencyKind, { nullable: true }) kind: RegencyKind | null,
    @Arg('name', () => String, { nullable: true, description: 'Part of the name; "Kab." and "Pemkab" are understood.' })
    name: string | null,
    @Ctx() ctx: Context,
  ): Promise<RegencyConnection> {
    const page = toPage(pageArgs, ctx.config.maxPageSize);
    const filter = {
      provinceCode: provinceCode == null ? null : assertAreaCode('province', provinceCode, 'provinceCode'),
      kind: kind ?? null,
      name: nameFilter(name),
    };
    return toConnection(await regencyRepository.list(ctx.db, filter, page), page, (r) => r.code);
  }

  @FieldResolver(() => Province)
  async province(@Root() regency: Regency, @Ctx() ctx: Context): Promise<Province | null> {
    return ctx.loaders.province.byCode.load(regency.provinceCode);
  }

  @FieldResolver(() => DistrictConnection, { description: 'Its districts (kecamatan), paginated in code order.' })
  async districts(@Root() regency: Regency, @Args() pageArgs: PageArgs, @Ctx() ctx: Context): Promise<DistrictConnection> {
    const page = toPage(pageArgs, ctx.config.maxPageSize);
    const rows = await ctx.loaders.regency.districts.for(page).load(regency.code);
    return toConnection(rows ?? { totalCount: 0, nodes: [] }, page, (d) => d.code);
  }

  @FieldResolver(() => Official, { nullable: true, description: 'Its head: the Bupati or Wali Kota the graph knows of.' })
  async head(@Root() regency: Regency, @Ctx() ctx: Context): Promise<Official | null> {
    return ctx.loaders.regency.head.load(regency.code);
  }

  @FieldResolver(() => [Position], { description: 'Positions held at this government and its agencies: its officials.' })
  async officials(@Root() regency: Regency, @Ctx() ctx: Context): Promise<Position[]> {
    return ctx.loaders.regency.positions.load(regency.code);
  }

  @FieldResolver(() => [Agency], { description: 'Its agencies (SKPD / OPD).' })
  async agencies(@Root() regency: Regency, @Ctx() ctx: Context): Promise<Agency[]> {
    return ctx.loaders.regency.agencies.load(regency.code);
  }

  @FieldResolver(() => [ProgramRun], { description: 'Programs, policies and practices it runs.' })
  async programs(@Root() regency: Regency, @Ctx() ctx: Context): Promise<ProgramRun[]> {
    return ctx.loaders.regency.programs.load(regency.code);
  }

  @FieldResolver(() => [Adoption], { description: 'Programs it adopted or plans to adopt from other governments.' })
  async adoptedPrograms(@Root() regency: Regency, @Ctx() ctx: Context): Promise<Adoption[]> {
    return ctx.loaders.regency.adoptions.load(regency.code);
  }

  @FieldResolver(() => [Agreement], { description: 'Agreements (MoUs) it is party to, newest first.' })
  async agreements(@Root() regency: Regency, @Ctx() ctx: Context): Promise<Agreement[]> {
    return ctx.loaders.regency.agreements.load(regency.code);
  }

  @FieldResolver(() => [Regency], { description: 'Governments it has an agreement with.' })
  async partners(@Root() regency: Regency, @Ctx() ctx: Context): Promise<Regency[]> {
    return ctx.loaders.regency.partners.load(regency.code);
  }

  @FieldResolver(() => [Claim], { description: 'What sources say about it (reported, not asserted).' })
  async claims(@Root() regency: Regency, @Ctx() ctx: Context): Promise<Claim[]> {
    return ctx.loaders.regency.claims.load(regency.code);
  }
}
