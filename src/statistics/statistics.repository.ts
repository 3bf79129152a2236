import type { AgencyKind } from '../agency/agency.type';
import { defineQueries } from '../db/cypher-catalog';
import type { Executor, Params } from '../db/executor';
import type { AdoptionStatus } from '../program/program.type';
import type {
  AdopterHistogramBin,
  AgencyKindOfficialCount,
  AgreementSectorCount,
  AgreementYearCount,
  ProgramAdopterCount,
  ProvinceStatistics,
  ProvinceStatisticsSortField,
} from './statistics.type';

export const STATISTICS_QUERIES = defineQueries({
  provinces: 'statistics/provinces',
  agreementsPerYear: 'statistics/agreements-per-year',
  agreementsPerSector: 'statistics/agreements-per-sector',
  programsByAdopters: 'statistics/programs-by-adopters',
  adopterHistogram: 'statistics/adopter-histogram',
  officialsPerAgencyKind: 'statistics/officials-per-agency-kind',
});

export interface ProvinceStatisticsQuery {
  /** One province ("36"), or null for all. */
  readonly provinceCode: string | null;
  readonly sortField: ProvinceStatisticsSortField;
  readonly descending: boolean;
}

/** The statistics queries return their columns in the shape of the GraphQL type, so rows pass as they are. */
async function readRows<T>(db: Executor, name: string, params: Params = {}): Promise<T[]> {
  return (await db.read(name, params)) as unknown as T[];
}

/** Each function is one Cypher round trip. */
export const statisticsRepository = {
  provinces: (db: Executor, query: ProvinceStatisticsQuery): Promise<ProvinceStatistics[]> =>
    readRows(db, STATISTICS_QUERIES.provinces, { ...query }),

  agreementsPerYear: (db: Executor): Promise<AgreementYearCount[]> => readRows(db, STATISTICS_QUERIES.agreementsPerYear),

  agreementsPerSector: (db: Executor): Promise<AgreementSectorCount[]> =>
    readRows(db, STATISTICS_QUERIES.agreementsPerSector),

  programsByAdopters: (db: Executor, status: AdoptionStatus | null, limit: number): Promise<ProgramAdopterCount[]> =>
    readRows(db, STATISTICS_QUERIES.programsByAdopters, { status, limit }),

  adopterHistogram: (db: Executor, status: AdoptionStatus | null): Promise<AdopterHistogramBin[]> =>
    readRows(db, STATISTICS_QUERIES.adopterHistogram, { status }),

  officialsPerAgencyKind: (
    db: Executor,
    kinds: readonly AgencyKind[],
    governmentCode: string | null,
  ): Promise<AgencyKindOfficialCount[]> =>
    readRows(db, STATISTICS_QUERIES.officialsPerAgencyKind, { kinds, governmentCode }),
};
