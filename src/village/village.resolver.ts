import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { assertAreaCode } from '../common/codes';
import { PageArgs, toConnection, toPage } from '../common/pagination';
import type { Context } from '../context';
import { District } from '../district/district.type';
import { foldText } from '../search/normalize';
import { villageRepository } from './village.repository';
import { Village, VillageConnection } from './village.type';

@Resolver(() => Village)
export class VillageResolver {
  @Query(() => Village, { nullable: true, description: 'A village by its code ("36.04.01.2001"); null when there is none.' })
  async village(@Arg('code', () => ID) code: string, @Ctx() ctx: Context): Promise<Village | null> {
    return ctx.loaders.village.byCode.load(assertAreaCode('village', code));
  }

  @Query(() => VillageConnection, { description: 'Villages in code order, filtered.' })
  async villages(
    @Args() pageArgs: PageArgs,
    @Arg('districtCode', () => ID, { nullable: true }) districtCode: string | null,
    @Arg('name', () => String, { nullable: true }) name: string | null,
    @Ctx() ctx: Context,
  ): Promise<VillageConnection> {
    const page = toPage(pageArgs, ctx.config.maxPageSize);
    const filter = {
      districtCode: districtCode == null ? null : assertAreaCode('district', districtCode, 'districtCode'),
      name: name ? foldText(name) : null,
    };
    return toConnection(await villageRepository.list(ctx.db, filter, page), page, (v) => v.code);
  }

  @FieldResolver(() => District)
  async district(@Root() village: Village, @Ctx() ctx: Context): Promise<District | null> {
    return ctx.loaders.district.byCode.load(village.districtCode);
  }
}
