import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Agency } from '../agency/agency.type';
import type { Context } from '../context';
import { SourcedResolver } from '../provenance/sourced.resolver';
import { Regency } from '../regency/regency.type';
import { Official, Position } from './official.type';

@Resolver(() => Position)
export class PositionResolver extends SourcedResolver(Position) {
  @FieldResolver(() => Official)
  async official(@Root() position: Position, @Ctx() ctx: Context): Promise<Official | null> {
    return ctx.loaders.official.byId.load(position.officialId);
  }

  @FieldResolver(() => Regency, { description: 'The government: itself, or the one the agency belongs to.' })
  async government(@Root() position: Position, @Ctx() ctx: Context): Promise<Regency | null> {
    return ctx.loaders.regency.byCode.load(position.governmentCode);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency, when the position is at one.' })
  async agency(@Root() position: Position, @Ctx() ctx: Context): Promise<Agency | null> {
    return position.agencyId ? ctx.loaders.agency.byId.load(position.agencyId) : null;
  }
}
