import { ID_OR_KEY_ARGUMENT, keyOfIdOrKey } from '../graph/entity-ref';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { AgreementConnection } from '../agreement/agreement.type';
import { loadPage } from '../common/batch';
import { PageArgs } from '../common/pagination';
import type { Context } from '../context';
import { ProgramConnection } from '../program/program.type';
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

  @FieldResolver(() => AgreementConnection, { description: 'Agreements covering it, paginated newest first (undated last); totalCount counts them all.' })
  async agreements(@Root() sector: Parent<Sector>, @Args() pageArgs: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<AgreementConnection> {
    return loadPage(ctx.loaders.sector.agreements, sector.id, pageArgs, ctx, info);
  }

  @FieldResolver(() => Int, { description: 'How many agreements cover it.', deprecationReason: 'Use `agreements { totalCount }`.' })
  async agreementCount(@Root() sector: Parent<Sector>, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.sector.agreementCount.load(sector.id)) ?? 0;
  }

  @FieldResolver(() => ProgramConnection, { description: 'Programs in it, paginated in id order.' })
  async programs(@Root() sector: Parent<Sector>, @Args() pageArgs: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ProgramConnection> {
    return loadPage(ctx.loaders.sector.programs, sector.id, pageArgs, ctx, info);
  }
}
