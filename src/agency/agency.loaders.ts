import { manyLoader, oneLoader } from '../common/batch';
import type { Executor } from '../db/executor';
import type { Position } from '../official/official.type';
import { QUERIES } from '../db/queries';
import type { Agency } from './agency.type';


const Q = QUERIES.agency;

/** Per-request loaders for agencies. */
export function createAgencyLoaders(db: Executor) {
  return {
    byId: oneLoader<Agency>(db, Q.byIds),
    positions: manyLoader<Position>(db, Q.positions),
  };
}
