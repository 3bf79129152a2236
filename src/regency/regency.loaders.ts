import { LoaderFamily, manyLoader, oneLoader, pageLoader, pageParams } from '../common/batch';
import type { KeyPage, PageRows, Sorted } from '../common/pagination';
import type { Executor } from '../db/executor';
import type { Agency } from '../agency/agency.type';
import type { Agreement } from '../agreement/agreement.type';
import type { Claim } from '../claim/claim.type';
import type { District } from '../district/district.type';
import type { Official, Position } from '../official/official.type';
import type { Adoption, ProgramRun } from '../program/program.type';
import { QUERIES } from '../db/queries';
import type { Island } from '../island/island.type';
import type { Regency } from './regency.type';

const Q = QUERIES.regency;

/** Counts the districts query computes only when the client selects them. */
export interface DistrictExtras {
  readonly withTotal: boolean;
  readonly withVillageCount: boolean;
}

/** Per-request loaders for regencies and cities: one UNWIND query per batch. */
export function createRegencyLoaders(db: Executor) {
  return {
    /** Keyed by the page and by which optional counts the client asked for. */
    districts: new LoaderFamily((args: KeyPage & DistrictExtras) =>
      oneLoader<PageRows<District>>(db, Q.districts, { ...pageParams(args), withTotal: args.withTotal, withVillageCount: args.withVillageCount }),
    ),
    /** Keyed by the page and whether the client asked for totalCount. */
    islands: new LoaderFamily((args: KeyPage & { withTotal: boolean }) =>
      oneLoader<PageRows<Island>>(db, Q.islands, { ...pageParams(args), withTotal: args.withTotal }),
    ),
    /** Whole, in sortKey order: the resolver pages them (pageInMemory). */
    positions: manyLoader<Position & Sorted>(db, Q.positions),
    /** Pages of the nested lists, keyed by the page (src/common/batch.ts pageLoader). */
    head: oneLoader<Official>(db, Q.head),
    agencies: pageLoader<Agency & Sorted>(db, Q.agencies),
    programs: pageLoader<ProgramRun & Sorted>(db, Q.programs),
    adoptions: pageLoader<Adoption & Sorted>(db, Q.adoptions),
    agreements: pageLoader<Agreement & Sorted>(db, Q.agreements),
    partners: pageLoader<Regency & Sorted>(db, Q.partners),
    claims: pageLoader<Claim & Sorted>(db, Q.claims),
  };
}
