import { manyLoader } from '../common/batch';
import type { Executor } from '../db/executor';
import type { Position } from '../official/official.type';
import { QUERIES } from '../db/queries';


const Q = QUERIES.agency;

/** Per-request loaders for agencies. */
export function createAgencyLoaders(db: Executor) {
  return {
    positions: manyLoader<Position>(db, Q.positions),
  };
}
