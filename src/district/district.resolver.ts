import { ID_OR_KEY_ARGUMENT, keyOfIdOrKey } from '../graph/entity-ref';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { compiledList } from '../compile';
import { assertAreaCode } from '../common/codes';
import { PageArgs, toConnection, toPage } from '../common/pagination';
import type { Context } from '../context';
import { Regency } from '../regency/regency.type';
import { VillageConnection } from '../village/village.type';
import { District, DistrictConnection } from './district.type';
import { withShorthands } from '../filter/shorthand';
import type { Parent } from '../common/parent';
import { entityList } from '../filter/list';
import { SORT_ARGUMENT, sortInput, WHERE_ARGUMENT, whereInput } from '../filter/model-inputs';
import type { WhereInput } from '../filter/model-inputs';
import type { SortInput } from '../filter/compile';

const DistrictWhere = whereInput('District');
const DistrictSort = sortInput('District');
const listDistrict = entityList<District>('District');

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => District, { nullable: true, description: 'A district by its key ("36.04.01") or id ("District:36.04.01"); null when there is none.' })
  async district(@Arg('code', () => ID, { description: ID_OR_KEY_ARGUMENT }) code: string, @Ctx() ctx: Context): Promise<District | null> {
    return ctx.loaders.byKey.District.load(keyOfIdOrKey('District', code, 'code'));
  }

  @Query(() => DistrictConnection, { description: 'Districts, filtered and sorted (code order by default).' })
  async districts(
    @Args() pageArgs: PageArgs,
    @Arg('where', () => DistrictWhere, { nullable: true, description: WHERE_ARGUMENT }) where: WhereInput | null,
    @Arg('sort', () => [DistrictSort], { nullable: true, description: SORT_ARGUMENT }) sort: SortInput[] | null,
    @Arg('regencyCode', () => ID, { nullable: true, description: 'Shorthand for where: { regencyCode: { eq } }.' }) regencyCode: string | null,
    @Arg('name', () => String, { nullable: true, description: 'Shorthand for where: { name: { contains } }.' }) name: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<DistrictConnection> {
    const filter = withShorthands<WhereInput>(
      where,
      regencyCode == null ? null : { regencyCode: { eq: assertAreaCode('regency', regencyCode, 'regencyCode') } },
      name == null ? null : { name: { contains: name } },
    );
    const args = { ...pageArgs, where: filter, sort };
    return compiledList<District>(ctx, info, 'District', args) ?? listDistrict(ctx.db, args, ctx.config.maxPageSize);
  }

  @FieldResolver(() => Regency, { description: 'Its regency or city.' })
  async regency(@Root() district: Parent<District>, @Ctx() ctx: Context): Promise<Regency | null> {
    return ctx.loaders.byKey.Regency.load(district.regencyCode);
  }

  @FieldResolver(() => VillageConnection, { description: 'Its villages (desa / kelurahan), paginated in code order.' })
  async villages(@Root() district: Parent<District>, @Args() pageArgs: PageArgs, @Ctx() ctx: Context): Promise<VillageConnection> {
    const page = toPage(pageArgs, ctx.config.maxPageSize);
    const rows = await ctx.loaders.district.villages.for(page).load(district.code);
    return toConnection(rows ?? { totalCount: 0, nodes: [] }, page, (v) => v.code);
  }

  @FieldResolver(() => Int, { description: 'How many villages it has.' })
  async villageCount(@Root() district: Parent<District>, @Ctx() ctx: Context): Promise<number> {
    return district.villageCount ?? (await ctx.loaders.district.villageCount.load(district.code)) ?? 0;
  }
}
