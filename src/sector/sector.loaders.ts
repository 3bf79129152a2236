import { manyLoader, oneLoader } from '../common/batch';
import type { Executor } from '../db/executor';
import type { Agreement } from '../agreement/agreement.type';
import type { Program } from '../program/program.type';
import { QUERIES } from '../db/queries';
import type { Sector } from './sector.type';


const Q = QUERIES.sector;

/** Per-request loaders for sectors. */
export function createSectorLoaders(db: Executor) {
  return {
    byId: oneLoader<Sector>(db, Q.byIds),
    agreements: manyLoader<Agreement>(db, Q.agreements),
    programs: manyLoader<Program>(db, Q.programs),
  };
}
