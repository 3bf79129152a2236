import { manyLoader, oneLoader } from '../common/batch';
import type { Executor } from '../db/executor';
import type { Official } from '../official/official.type';
import type { Regency } from '../regency/regency.type';
import { QUERIES } from '../db/queries';


const Q = QUERIES.claim;

/** Per-request loaders for claims. */
export function createClaimLoaders(db: Executor) {
  return {
    about: manyLoader<Regency>(db, Q.about),
    statedBy: oneLoader<Official>(db, Q.statedBy),
  };
}
