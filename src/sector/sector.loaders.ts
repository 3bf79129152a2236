import { manyLoader, oneLoader } from '../common/batch';
import type { Executor } from '../db/executor';
import type { Agreement } from '../agreement/agreement.type';
import type { Program } from '../program/program.type';
import { SECTOR_QUERIES as Q } from './sector.repository';
import type { Sector } from './sector.type';

/** Per-request loaders for sectors. */
export function createSectorLoaders(db: Executor) {
  return {
    byId: oneLoader<Sector>(db, Q.byIds),
    agreements: manyLoader<Agreement>(db, Q.agreements),
    programs: manyLoader<Program>(db, Q.programs),
  };
}
