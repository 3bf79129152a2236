import { ID_OR_KEY_ARGUMENT, keyOfIdOrKey } from '../graph/entity-ref';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { assertPageSize } from '../common/pagination';
import type { Context } from '../context';
import { sourceRepository } from './source.repository';
import { Source, SourcedFact } from './source.type';
import type { Parent } from '../common/parent';

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { nullable: true, description: 'A source document by its key or id ("Source:key"); null when there is none.' })
  async source(@Arg('id', () => ID, { description: ID_OR_KEY_ARGUMENT }) id: string, @Ctx() ctx: Context): Promise<Source | null> {
    return ctx.loaders.byKey.Source.load(keyOfIdOrKey('Source', id, 'id'));
  }

  @Query(() => [Source], { description: 'Every source document the curated facts come from.' })
  async sources(@Ctx() ctx: Context): Promise<Source[]> {
    return sourceRepository.all(ctx.db);
  }

  @FieldResolver(() => [SourcedFact], {
    description: 'The curated relationships this source states, with their quotes, by type then ends, at most `first`; `factCount` counts them all.',
  })
  async facts(
    @Arg('first', () => Int, { defaultValue: 100, description: 'How many facts (at most the server maximum page size).' }) first: number,
    @Root() source: Parent<Source>,
    @Ctx() ctx: Context,
  ): Promise<SourcedFact[]> {
    return ctx.loaders.source.facts.for(assertPageSize(first, ctx.config.maxPageSize)).load(source.id);
  }

  @FieldResolver(() => Int, { description: 'How many curated relationships this source states.' })
  async factCount(@Root() source: Parent<Source>, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.source.factCount.load(source.id)) ?? 0;
  }
}
