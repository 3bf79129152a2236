import { graphqlEnum } from '../common/enums';
import { ADOPTION_STATUS, AGENCY_KIND, enumValues } from '../model/enums';
import type { AdoptionStatus, AgencyKind } from '../model/enums';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver } from 'type-graphql';
import { assertAreaCode } from '../common/codes';
import { assertPageSize } from '../common/pagination';
import type { Context } from '../context';
import { SortDirection } from '../filter/inputs';
import { statisticsRepository } from './statistics.repository';
import { AdopterHistogramBin, AgencyKindOfficialCount, AgreementSectorCount, AgreementYearCount, ProgramAdopterCount, ProvinceStatistics, ProvinceStatisticsSort, ProvinceStatisticsSortField, Statistics } from './statistics.type';

/** Every agency kind in declaration order, so kinds without officials still answer 0. */
const AGENCY_KINDS: readonly AgencyKind[] = enumValues(AGENCY_KIND);

@Resolver(() => Statistics)
export class StatisticsResolver {
  @Query(() => Statistics, { description: 'Grouped counts: per province, per year, per sector, per agency kind.' })
  statistics(): Statistics {
    return new Statistics();
  }

  @FieldResolver(() => [ProvinceStatistics], {
    description: 'Regencies, cities, districts and villages of every province (or of one), in code order unless sorted.',
  })
  async provinces(
    @Arg('provinceCode', () => ID, { nullable: true, description: 'Only this province ("36").' }) provinceCode: string | null,
    @Arg('sort', () => ProvinceStatisticsSort, { nullable: true, description: 'How to order the provinces (default: by code).' }) sort: ProvinceStatisticsSort | null,
    @Ctx() ctx: Context,
  ): Promise<ProvinceStatistics[]> {
    return statisticsRepository.provinces(ctx.db, {
      provinceCode: provinceCode == null ? null : assertAreaCode('province', provinceCode, 'provinceCode'),
      sortField: sort?.field ?? ProvinceStatisticsSortField.CODE,
      descending: sort?.direction === SortDirection.DESC,
    });
  }

  @FieldResolver(() => [AgreementYearCount], { description: 'Agreements per year of signing, oldest first.' })
  async agreementsPerYear(@Ctx() ctx: Context): Promise<AgreementYearCount[]> {
    return statisticsRepository.agreementsPerYear(ctx.db);
  }

  @FieldResolver(() => [AgreementSectorCount], {
    description: 'Agreements per sector, every sector included, most covered first.',
  })
  async agreementsPerSector(@Ctx() ctx: Context): Promise<AgreementSectorCount[]> {
    return statisticsRepository.agreementsPerSector(ctx.db);
  }

  @FieldResolver(() => [ProgramAdopterCount], {
    description: 'Programs by number of adopting governments, most adopted first (ties: most run, then id).',
  })
  async programsByAdopters(
    @Arg('status', () => graphqlEnum(ADOPTION_STATUS), { nullable: true, description: 'Count only adoptions with this status.' })
    status: AdoptionStatus | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many programs (at most the server maximum page size).' })
    first: number,
    @Ctx() ctx: Context,
  ): Promise<ProgramAdopterCount[]> {
    return statisticsRepository.programsByAdopters(ctx.db, status ?? null, assertPageSize(first, ctx.config.maxPageSize));
  }

  @FieldResolver(() => [AdopterHistogramBin], {
    description: 'How many programs have 0, 1, 2, ... adopters; only the adopter counts that occur.',
  })
  async adopterHistogram(
    @Arg('status', () => graphqlEnum(ADOPTION_STATUS), { nullable: true, description: 'Count only adoptions with this status.' })
    status: AdoptionStatus | null,
    @Ctx() ctx: Context,
  ): Promise<AdopterHistogramBin[]> {
    return statisticsRepository.adopterHistogram(ctx.db, status ?? null);
  }

  @FieldResolver(() => [AgencyKindOfficialCount], {
    description: 'Distinct officials holding a position at an agency of each kind; every kind, most officials first.',
  })
  async officialsPerAgencyKind(
    @Arg('governmentCode', () => ID, { nullable: true, description: 'Only agencies of this government ("36.04").' })
    governmentCode: string | null,
    @Ctx() ctx: Context,
  ): Promise<AgencyKindOfficialCount[]> {
    const code = governmentCode == null ? null : assertAreaCode('regency', governmentCode, 'governmentCode');
    return statisticsRepository.officialsPerAgencyKind(ctx.db, AGENCY_KINDS, code);
  }
}
