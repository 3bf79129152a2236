import { LoaderFamily, manyLoader, oneLoader } from '../common/batch';
import type { Executor } from '../db/executor';
import type { Agreement } from '../agreement/agreement.type';
import type { Program } from '../program/program.type';
import { QUERIES } from '../db/queries';


const Q = QUERIES.sector;

/** Per-request loaders for sectors. */
export function createSectorLoaders(db: Executor) {
  return {
    /** At most `limit` agreements per sector, newest first. */
    agreements: new LoaderFamily((limit: number) => manyLoader<Agreement>(db, Q.agreements, { limit })),
    agreementCount: oneLoader<number>(db, Q.agreementCounts),
    programs: manyLoader<Program>(db, Q.programs),
  };
}
