import { ID_OR_KEY_ARGUMENT, keyOfIdOrKey } from '../graph/entity-ref';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { assertAreaCode } from '../common/codes';
import { PageArgs } from '../common/pagination';
import type { Context } from '../context';
import { District } from '../district/district.type';
import { Village, VillageConnection } from './village.type';
import { withShorthands } from '../filter/shorthand';
import type { Parent } from '../common/parent';
import { entityList } from '../filter/list';
import { SORT_ARGUMENT, sortInput, WHERE_ARGUMENT, whereInput } from '../filter/model-inputs';
import type { WhereInput } from '../filter/model-inputs';
import type { SortInput } from '../filter/compile';

const VillageWhere = whereInput('Village');
const VillageSort = sortInput('Village');
const listVillage = entityList<Village>('Village');

@Resolver(() => Village)
export class VillageResolver {
  @Query(() => Village, { nullable: true, description: 'A village by its key ("36.04.01.2001") or id ("Village:36.04.01.2001"); null when there is none.' })
  async village(@Arg('code', () => ID, { description: ID_OR_KEY_ARGUMENT }) code: string, @Ctx() ctx: Context): Promise<Village | null> {
    return ctx.loaders.byKey.Village.load(keyOfIdOrKey('Village', code, 'code'));
  }

  @Query(() => VillageConnection, { description: 'Villages, filtered and sorted (code order by default).' })
  async villages(
    @Args() pageArgs: PageArgs,
    @Arg('where', () => VillageWhere, { nullable: true, description: WHERE_ARGUMENT }) where: WhereInput | null,
    @Arg('sort', () => [VillageSort], { nullable: true, description: SORT_ARGUMENT }) sort: SortInput[] | null,
    @Arg('districtCode', () => ID, { nullable: true, description: 'Shorthand for where: { districtCode: { eq } }.' }) districtCode: string | null,
    @Arg('name', () => String, { nullable: true, description: 'Shorthand for where: { name: { contains } }.' }) name: string | null,
    @Ctx() ctx: Context,
  ): Promise<VillageConnection> {
    const filter = withShorthands<WhereInput>(
      where,
      districtCode == null ? null : { districtCode: { eq: assertAreaCode('district', districtCode, 'districtCode') } },
      name == null ? null : { name: { contains: name } },
    );
    return listVillage(ctx.db, { ...pageArgs, where: filter, sort }, ctx.config.maxPageSize);
  }

  @FieldResolver(() => District, { description: 'Its district (kecamatan).' })
  async district(@Root() village: Parent<Village>, @Ctx() ctx: Context): Promise<District | null> {
    return ctx.loaders.byKey.District.load(village.districtCode);
  }
}
