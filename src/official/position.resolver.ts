import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Agency } from '../agency/agency.type';
import type { Context } from '../context';
import { SourcedResolver } from '../provenance/sourced.resolver';
import { Regency } from '../regency/regency.type';
import { Official, Position } from './official.type';
import type { Parent } from '../common/parent';

@Resolver(() => Position)
export class PositionResolver extends SourcedResolver(Position) {
  @FieldResolver(() => Official, { description: 'The official holding it.' })
  async official(@Root() position: Parent<Position>, @Ctx() ctx: Context): Promise<Official | null> {
    return position.official ?? ctx.loaders.byKey.Official.load(position.officialId);
  }

  @FieldResolver(() => Regency, { description: 'The government: itself, or the one the agency belongs to.' })
  async government(@Root() position: Parent<Position>, @Ctx() ctx: Context): Promise<Regency | null> {
    return position.government ?? ctx.loaders.byKey.Regency.load(position.governmentCode);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency, when the position is at one.' })
  async agency(@Root() position: Parent<Position>, @Ctx() ctx: Context): Promise<Agency | null> {
    if (!position.agencyId) return null;
    return position.agency ?? ctx.loaders.byKey.Agency.load(position.agencyId);
  }
}
