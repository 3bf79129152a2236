import { oneLoader } from '../common/batch';
import type { Executor } from '../db/executor';
import { QUERIES } from '../db/queries';
import type { Village } from './village.type';


const Q = QUERIES.village;

/** Per-request loaders for villages. */
export function createVillageLoaders(db: Executor) {
  return { byCode: oneLoader<Village>(db, Q.byCodes) };
}
