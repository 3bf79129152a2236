import { manyLoader } from '../common/batch';
import type { Executor } from '../db/executor';
import type { Agreement } from '../agreement/agreement.type';
import type { Program } from '../program/program.type';
import { QUERIES } from '../db/queries';


const Q = QUERIES.sector;

/** Per-request loaders for sectors. */
export function createSectorLoaders(db: Executor) {
  return {
    agreements: manyLoader<Agreement>(db, Q.agreements),
    programs: manyLoader<Program>(db, Q.programs),
  };
}
