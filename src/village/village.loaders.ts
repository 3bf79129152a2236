import { oneLoader } from '../common/batch';
import type { Executor } from '../db/executor';
import { VILLAGE_QUERIES as Q } from './village.repository';
import type { Village } from './village.type';

/** Per-request loaders for villages. */
export function createVillageLoaders(db: Executor) {
  return { byCode: oneLoader<Village>(db, Q.byCodes) };
}
