import { ID_OR_KEY_ARGUMENT, keyOfIdOrKey } from '../graph/entity-ref';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { NODE_SOURCES_BOUND, nodeSources } from '../common/node-sources';
import type { Context } from '../context';
import { Official } from '../official/official.type';
import { Provenance } from '../provenance/provenance.type';
import { Regency } from '../regency/regency.type';
import { Claim } from './claim.type';
import type { Parent } from '../common/parent';

@Resolver(() => Claim)
export class ClaimResolver {
  @Query(() => Claim, { nullable: true, description: 'A claim by its key or id ("Claim:key"); null when there is none.' })
  async claim(@Arg('id', () => ID, { description: ID_OR_KEY_ARGUMENT }) id: string, @Ctx() ctx: Context): Promise<Claim | null> {
    return ctx.loaders.byKey.Claim.load(keyOfIdOrKey('Claim', id, 'id'));
  }

  @FieldResolver(() => [Regency], { description: 'The governments it is about: a plain list, bounded by nature (the few one claim names).' })
  async about(@Root() claim: Parent<Claim>, @Ctx() ctx: Context): Promise<Regency[]> {
    return ctx.loaders.claim.about.load(claim.id);
  }

  @FieldResolver(() => Official, { nullable: true, description: 'Who made it, when the source names them.' })
  async statedBy(@Root() claim: Parent<Claim>, @Ctx() ctx: Context): Promise<Official | null> {
    return ctx.loaders.claim.statedBy.load(claim.id);
  }

  @FieldResolver(() => [Provenance], { description: `The sources reporting it, with quotes: ${NODE_SOURCES_BOUND}` })
  async sources(@Root() claim: Parent<Claim>, @Ctx() ctx: Context): Promise<Provenance[]> {
    return nodeSources(ctx, 'Claim', claim.id);
  }
}
