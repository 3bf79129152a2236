import { ID_OR_KEY_ARGUMENT, keyOfIdOrKey } from '../graph/entity-ref';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { assertAreaCode } from '../common/codes';
import { PageArgs } from '../common/pagination';
import type { Parent } from '../common/parent';
import type { Context } from '../context';
import type { SortInput } from '../filter/compile';
import { entityList } from '../filter/list';
import { SORT_ARGUMENT, sortInput, WHERE_ARGUMENT, whereInput } from '../filter/model-inputs';
import type { WhereInput } from '../filter/model-inputs';
import { withShorthands } from '../filter/shorthand';
import { Province } from '../province/province.type';
import { Regency } from '../regency/regency.type';
import { Island, IslandConnection } from './island.type';

const IslandWhere = whereInput('Island');
const IslandSort = sortInput('Island');
const listIslands = entityList<Island>('Island');

@Resolver(() => Island)
export class IslandResolver {
  @Query(() => Island, { nullable: true, description: 'An island by its key ("11.01.40001") or id ("Island:11.01.40001"); null when there is none.' })
  async island(@Arg('code', () => ID, { description: ID_OR_KEY_ARGUMENT }) code: string, @Ctx() ctx: Context): Promise<Island | null> {
    return ctx.loaders.byKey.Island.load(keyOfIdOrKey('Island', code, 'code'));
  }

  @Query(() => IslandConnection, {
    description: 'Islands, filtered and sorted (code order by default): `where: { near: { latitude, longitude, km } }` finds those within a radius.',
  })
  async islands(
    @Args() pageArgs: PageArgs,
    @Arg('where', () => IslandWhere, { nullable: true, description: WHERE_ARGUMENT }) where: WhereInput | null,
    @Arg('sort', () => [IslandSort], { nullable: true, description: SORT_ARGUMENT }) sort: SortInput[] | null,
    @Arg('regencyCode', () => ID, { nullable: true, description: 'Shorthand for where: { regencyCode: { eq } }.' }) regencyCode: string | null,
    @Ctx() ctx: Context,
  ): Promise<IslandConnection> {
    const filter = withShorthands<WhereInput>(
      where,
      regencyCode == null ? null : { regencyCode: { eq: assertAreaCode('regency', regencyCode, 'regencyCode') } },
    );
    return listIslands(ctx.db, { ...pageArgs, where: filter, sort }, ctx.config.maxPageSize);
  }

  @FieldResolver(() => Regency, { nullable: true, description: 'Its regency or city; null for an island of a province only.' })
  async regency(@Root() island: Parent<Island>, @Ctx() ctx: Context): Promise<Regency | null> {
    return island.regencyCode ? ctx.loaders.byKey.Regency.load(island.regencyCode) : null;
  }

  @FieldResolver(() => Province, { description: 'Its province.' })
  async province(@Root() island: Parent<Island>, @Ctx() ctx: Context): Promise<Province | null> {
    return ctx.loaders.byKey.Province.load(island.provinceCode);
  }
}
