import { ID_OR_KEY_ARGUMENT, keyOfIdOrKey } from '../graph/entity-ref';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { loadPage, readPage } from '../common/batch';
import { PageArgs } from '../common/pagination';
import type { Sorted } from '../common/pagination';
import type { Context } from '../context';
import { QUERIES } from '../db/queries';
import { Source, SourceConnection, SourcedFactConnection } from './source.type';
import type { Parent } from '../common/parent';

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { nullable: true, description: 'A source document by its key or id ("Source:key"); null when there is none.' })
  async source(@Arg('id', () => ID, { description: ID_OR_KEY_ARGUMENT }) id: string, @Ctx() ctx: Context): Promise<Source | null> {
    return ctx.loaders.byKey.Source.load(keyOfIdOrKey('Source', id, 'id'));
  }

  @Query(() => SourceConnection, { description: 'The source documents the curated facts come from, paginated in id order.' })
  async sources(@Args() pageArgs: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<SourceConnection> {
    return readPage<Source & Sorted>(ctx.db, QUERIES.source.list, pageArgs, ctx, info);
  }

  @FieldResolver(() => SourcedFactConnection, {
    description: 'The curated relationships this source states, with their quotes, paginated by type then ends; totalCount counts them all.',
  })
  async facts(@Root() source: Parent<Source>, @Args() pageArgs: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<SourcedFactConnection> {
    return loadPage(ctx.loaders.source.facts, source.id, pageArgs, ctx, info);
  }

  @FieldResolver(() => Int, { description: 'How many curated relationships this source states.', deprecationReason: 'Use `facts { totalCount }`.' })
  async factCount(@Root() source: Parent<Source>, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.source.factCount.load(source.id)) ?? 0;
  }
}
