import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Agency } from '../agency/agency.type';
import type { Context } from '../context';
import { SourcedResolver } from '../provenance/sourced.resolver';
import { Regency } from '../regency/regency.type';
import { Official, Position } from './official.type';
import { TimeValue, timeValue } from '../common/time-value';
import type { Parent } from '../common/parent';
import { graphqlEnum } from '../common/enums';
import { HOLDER } from '../model/enums';
import type { Holder } from '../model/enums';

@Resolver(() => Position)
export class PositionResolver extends SourcedResolver(Position) {
  @FieldResolver(() => TimeValue, { nullable: true, description: 'First day in office (its term\'s start), to the precision the source gives; null when no source gives it.' })
  start(@Root() position: Parent<Position>): TimeValue | null {
    return timeValue(position.startDate, position.startPrecision, position.startInferred);
  }

  @FieldResolver(() => TimeValue, { nullable: true, description: 'Last day in office (its term\'s end), to the precision the source gives; null when no source gives it.' })
  end(@Root() position: Parent<Position>): TimeValue | null {
    return timeValue(position.endDate, position.endPrecision, position.endInferred);
  }

  @FieldResolver(() => TimeValue, { nullable: true, description: 'The day a source shows the position held, for a source that gives no term.' })
  attested(@Root() position: Parent<Position>): TimeValue | null {
    return timeValue(position.attestedOn, 'DAY', position.attestedOnInferred, position.attestedOnText);
  }

  @FieldResolver(() => graphqlEnum(HOLDER), {
    description: 'Who held it: KNOWN (see `official`), UNKNOWN (someone the source does not name) or NONE (the post was vacant).',
  })
  holder(@Root() position: Parent<Position>): Holder {
    return position.holder ?? 'KNOWN';
  }

  @FieldResolver(() => Official, { nullable: true, description: 'The official holding it; null when the holder is UNKNOWN or NONE.' })
  async official(@Root() position: Parent<Position>, @Ctx() ctx: Context): Promise<Official | null> {
    if (position.official !== undefined) return position.official;
    return position.officialId ? ctx.loaders.byKey.Official.load(position.officialId) : null;
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
