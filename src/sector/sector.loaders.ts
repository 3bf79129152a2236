import { oneLoader, pageLoader } from '../common/batch';
import type { Sorted } from '../common/pagination';
import type { Executor } from '../db/executor';
import type { Agreement } from '../agreement/agreement.type';
import type { Program } from '../program/program.type';
import { QUERIES } from '../db/queries';


const Q = QUERIES.sector;

/** Per-request loaders for sectors. */
export function createSectorLoaders(db: Executor) {
  return {
    /** Pages of the nested lists, keyed by the page (src/common/batch.ts pageLoader). */
    agreements: pageLoader<Agreement & Sorted>(db, Q.agreements),
    /** For the deprecated agreementCount. */
    agreementCount: oneLoader<number>(db, Q.agreementCounts),
    programs: pageLoader<Program & Sorted>(db, Q.programs),
  };
}
