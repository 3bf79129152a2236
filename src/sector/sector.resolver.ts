import { ID_OR_KEY_ARGUMENT, keyOfIdOrKey } from '../graph/entity-ref';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Agreement } from '../agreement/agreement.type';
import { assertPageSize } from '../common/pagination';
import type { Context } from '../context';
import { Program } from '../program/program.type';
import { sectorRepository } from './sector.repository';
import { Sector } from './sector.type';
import type { Parent } from '../common/parent';

@Resolver(() => Sector)
export class SectorResolver {
  @Query(() => Sector, { nullable: true, description: 'A sector by its key ("education") or id ("Sector:education"); null when there is none.' })
  async sector(@Arg('id', () => ID, { description: ID_OR_KEY_ARGUMENT }) id: string, @Ctx() ctx: Context): Promise<Sector | null> {
    return ctx.loaders.byKey.Sector.load(keyOfIdOrKey('Sector', id, 'id'));
  }

  @Query(() => [Sector], { description: 'Every sector (bidang): a plain list, bounded by nature (a short fixed taxonomy).' })
  async sectors(@Ctx() ctx: Context): Promise<Sector[]> {
    return sectorRepository.all(ctx.db);
  }

  @FieldResolver(() => [Agreement], { description: 'Agreements covering it, newest first (undated last), at most `first`; `agreementCount` counts them all.' })
  async agreements(
    @Arg('first', () => Int, { defaultValue: 100, description: 'How many agreements (at most the server maximum page size).' }) first: number,
    @Root() sector: Parent<Sector>,
    @Ctx() ctx: Context,
  ): Promise<Agreement[]> {
    return ctx.loaders.sector.agreements.for(assertPageSize(first, ctx.config.maxPageSize)).load(sector.id);
  }

  @FieldResolver(() => Int, { description: 'How many agreements cover it.' })
  async agreementCount(@Root() sector: Parent<Sector>, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.sector.agreementCount.load(sector.id)) ?? 0;
  }

  @FieldResolver(() => [Program], { description: 'Programs in it.' })
  async programs(@Root() sector: Parent<Sector>, @Ctx() ctx: Context): Promise<Program[]> {
    return ctx.loaders.sector.programs.load(sector.id);
  }
}
