import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { assertAreaCode } from '../common/codes';
import { PageArgs, toConnection, toPage } from '../common/pagination';
import type { Context } from '../context';
import { Regency } from '../regency/regency.type';
import { foldText } from '../search/normalize';
import { VillageConnection } from '../village/village.type';
import { districtRepository } from './district.repository';
import { District, DistrictConnection } from './district.type';

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => District, { nullable: true, description: 'A district by its code ("36.04.01"); null when there is none.' })
  async district(@Arg('code', () => ID) code: string, @Ctx() ctx: Context): Promise<District | null> {
    return ctx.loaders.district.byCode.load(assertAreaCode('district', code));
  }

  @Query(() => DistrictConnection, { description: 'Districts in code order, filtered.' })
  async districts(
    @Args() pageArgs: PageArgs,
    @Arg('regencyCode', () => ID, { nullable: true }) regencyCode: string | null,
    @Arg('name', () => String, { nullable: true }) name: string | null,
    @Ctx() ctx: Context,
  ): Promise<DistrictConnection> {
    const page = toPage(pageArgs, ctx.config.maxPageSize);
    const filter = {
      regencyCode: regencyCode == null ? null : assertAreaCode('regency', regencyCode, 'regencyCode'),
      name: name ? foldText(name) : null,
    };
    return toConnection(await districtRepository.list(ctx.db, filter, page), page, (d) => d.code);
  }

  @FieldResolver(() => Regency)
  async regency(@Root() district: District, @Ctx() ctx: Context): Promise<Regency | null> {
    return ctx.loaders.regency.byCode.load(district.regencyCode);
  }

  @FieldResolver(() => VillageConnection, { description: 'Its villages (desa / kelurahan), paginated in code order.' })
  async villages(@Root() district: District, @Args() pageArgs: PageArgs, @Ctx() ctx: Context): Promise<VillageConnection> {
    const page = toPage(pageArgs, ctx.config.maxPageSize);
    const rows = await ctx.loaders.district.villages.for(page).load(district.code);
    return toConnection(rows ?? { totalCount: 0, nodes: [] }, page, (v) => v.code);
  }

  @FieldResolver(() => Int, { description: 'How many villages it has.' })
  async villageCount(@Root() district: District, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.district.villageCount.load(district.code)) ?? 0;
  }
}
