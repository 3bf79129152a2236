import { ID_OR_KEY_ARGUMENT, keyOfIdOrKey } from '../graph/entity-ref';
import { graphqlEnum } from '../common/enums';
import { REGENCY_KIND } from '../model/enums';
import type { RegencyKind } from '../model/enums';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { compiledByKey } from '../compile';
import { PageArgs } from '../common/pagination';
import type { Context } from '../context';
import { Regency } from '../regency/regency.type';
import { Province, ProvinceConnection, ProvinceCounts } from './province.type';
import { withShorthands } from '../filter/shorthand';
import type { Parent } from '../common/parent';
import { entityList } from '../filter/list';
import { SORT_ARGUMENT, sortInput, WHERE_ARGUMENT, whereInput } from '../filter/model-inputs';
import type { WhereInput } from '../filter/model-inputs';
import type { SortInput } from '../filter/compile';

const ProvinceWhere = whereInput('Province');
const ProvinceSort = sortInput('Province');
const listProvince = entityList<Province>('Province');

@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => Province, { nullable: true, description: 'A province by its key ("36") or id ("Province:36"); null when there is none.' })
  async province(
    @Arg('code', () => ID, { description: ID_OR_KEY_ARGUMENT }) code: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Province | null> {
    const key = keyOfIdOrKey('Province', code, 'code');
    return compiledByKey<Province>(ctx, info, 'Province', key) ?? ctx.loaders.byKey.Province.load(key);
  }

  @Query(() => ProvinceConnection, { description: 'Provinces, filtered and sorted (code order by default).' })
  async provinces(
    @Args() pageArgs: PageArgs,
    @Arg('where', () => ProvinceWhere, { nullable: true, description: WHERE_ARGUMENT }) where: WhereInput | null,
    @Arg('sort', () => [ProvinceSort], { nullable: true, description: SORT_ARGUMENT }) sort: SortInput[] | null,
    @Arg('name', () => String, { nullable: true, description: 'Shorthand for where: { name: { contains } }.' }) name: string | null,
    @Ctx() ctx: Context,
  ): Promise<ProvinceConnection> {
    const filter = withShorthands<WhereInput>(where, name == null ? null : { name: { contains: name } });
    return listProvince(ctx.db, { ...pageArgs, where: filter, sort }, ctx.config.maxPageSize);
  }

  @FieldResolver(() => [Regency], { description: 'Its regencies and cities, in code order: a plain list, bounded by nature (38 at most, in Jawa Timur).' })
  async regencies(
    @Root() province: Parent<Province>,
    @Arg('kind', () => graphqlEnum(REGENCY_KIND), { nullable: true, description: 'Only regencies (kabupaten) or only cities (kota).' }) kind: RegencyKind | null,
    @Ctx() ctx: Context,
  ): Promise<Regency[]> {
    const all = await ctx.loaders.province.regencies.load(province.code);
    return kind ? all.filter((r) => r.kind === kind) : all;
  }

  @FieldResolver(() => ProvinceCounts, { description: 'How many regencies, cities, districts and villages it has.' })
  async counts(@Root() province: Parent<Province>, @Ctx() ctx: Context): Promise<ProvinceCounts | null> {
    return ctx.loaders.province.counts.load(province.code);
  }
}
