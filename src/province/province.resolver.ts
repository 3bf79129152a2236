import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { assertAreaCode } from '../common/codes';
import { PageArgs, toConnection, toPage } from '../common/pagination';
import type { Context } from '../context';
import { Regency, RegencyKind } from '../regency/regency.type';
import { foldText } from '../search/normalize';
import { provinceRepository } from './province.repository';
import { Province, ProvinceConnection, ProvinceCounts } from './province.type';

@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => Province, { nullable: true, description: 'A province by its code ("36"); null when there is none.' })
  async province(@Arg('code', () => ID) code: string, @Ctx() ctx: Context): Promise<Province | null> {
    return ctx.loaders.province.byCode.load(assertAreaCode('province', code));
  }

  @Query(() => ProvinceConnection, { description: 'Provinces in code order.' })
  async provinces(
    @Args() pageArgs: PageArgs,
    @Arg('name', () => String, { nullable: true, description: 'Part of the name, any case.' }) name: string | null,
    @Ctx() ctx: Context,
  ): Promise<ProvinceConnection> {
    const page = toPage(pageArgs, ctx.config.maxPageSize);
    const rows = await provinceRepository.list(ctx.db, { name: name ? foldText(name) : null }, page);
    return toConnection(rows, page, (p) => p.code);
  }

  @FieldResolver(() => [Regency], { description: 'Its regencies and cities, in code order.' })
  async regencies(
    @Root() province: Province,
    @Arg('kind', () => RegencyKind, { nullable: true }) kind: RegencyKind | null,
    @Ctx() ctx: Context,
  ): Promise<Regency[]> {
    const all = await ctx.loaders.province.regencies.load(province.code);
    return kind ? all.filter((r) => r.kind === kind) : all;
  }

  @FieldResolver(() => ProvinceCounts, { description: 'How many regencies, cities, districts and villages it has.' })
  async counts(@Root() province: Province, @Ctx() ctx: Context): Promise<ProvinceCounts | null> {
    return ctx.loaders.province.counts.load(province.code);
  }
}
