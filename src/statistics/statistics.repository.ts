import type { AdoptionStatus, AgencyKind } from '../model/enums';
import { QUERIES } from '../db/queries';
import type { Executor, Params } from '../db/executor';
import type {
  AdopterHistogramBin,
  AgencyKindOfficialCount,
  AgreementSectorCount,
  AgreementYearCount,
  ProgramAdopterCount,
  ProvinceStatistics,
  ProvinceStatisticsSortField,
} from './statistics.type';


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
    readRows(db, QUERIES.statistics.provinces, { ...query }),

  agreementsPerYear: (db: Executor): Promise<AgreementYearCount[]> => readRows(db, QUERIES.statistics.agreementsPerYear),

  agreementsPerSector: (db: Executor): Promise<AgreementSectorCount[]> =>
    readRows(db, QUERIES.statistics.agreementsPerSector),

  programsByAdopters: (db: Executor, status: AdoptionStatus | null, limit: number): Promise<ProgramAdopterCount[]> =>
    readRows(db, QUERIES.statistics.programsByAdopters, { status, limit }),

  adopterHistogram: (db: Executor, status: AdoptionStatus | null): Promise<AdopterHistogramBin[]> =>
    readRows(db, QUERIES.statistics.adopterHistogram, { status }),

  officialsPerAgencyKind: (
    db: Executor,
    kinds: readonly AgencyKind[],
    governmentCode: string | null,
  ): Promise<AgencyKindOfficialCount[]> =>
    readRows(db, QUERIES.statistics.officialsPerAgencyKind, { kinds, governmentCode }),
};
