import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { assertAreaCode, assertId } from '../common/codes';
import { nodeSources } from '../common/node-sources';
import { PageArgs, toConnection, toPage } from '../common/pagination';
import type { Context } from '../context';
import { Position } from '../official/official.type';
import { Provenance } from '../provenance/provenance.type';
import { Regency } from '../regency/regency.type';
import { nameFilter } from '../search/normalize';
import { agencyRepository } from './agency.repository';
import { Agency, AgencyConnection, AgencyKind } from './agency.type';

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => Agency, { nullable: true, description: 'An agency by id ("36.04-bappeda"); null when there is none.' })
  async agency(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Agency | null> {
    return ctx.loaders.agency.byId.load(assertId('agency', id));
  }

  @Query(() => AgencyConnection, { description: 'Agencies in id order, filtered.' })
  async agencies(
    @Args() pageArgs: PageArgs,
    @Arg('governmentCode', () => ID, { nullable: true }) governmentCode: string | null,
    @Arg('kind', () => AgencyKind, { nullable: true }) kind: AgencyKind | null,
    @Arg('name', () => String, { nullable: true, description: 'Part of the name or short name ("Dinkes").' }) name: string | null,
    @Ctx() ctx: Context,
  ): Promise<AgencyConnection> {
    const page = toPage(pageArgs, ctx.config.maxPageSize);
    const filter = {
      governmentCode: governmentCode == null ? null : assertAreaCode('regency', governmentCode, 'governmentCode'),
      kind: kind ?? null,
      name: nameFilter(name),
    };
    return toConnection(await agencyRepository.list(ctx.db, filter, page), page, (a) => a.id);
  }

  @FieldResolver(() => Regency, { description: 'The government it is part of.' })
  async government(@Root() agency: Agency, @Ctx() ctx: Context): Promise<Regency | null> {
    return ctx.loaders.regency.byCode.load(agency.governmentCode);
  }

  @FieldResolver(() => [Position], { description: 'Positions held at this agency (its head and others).' })
  async officials(@Root() agency: Agency, @Ctx() ctx: Context): Promise<Position[]> {
    return ctx.loaders.agency.positions.load(agency.id);
  }

  @FieldResolver(() => [Provenance])
  async sources(@Root() agency: Agency, @Ctx() ctx: Context): Promise<Provenance[]> {
    return nodeSources(ctx, 'Agency', agency.id);
  }
}
