import { pageLoader } from '../common/batch';
import type { Sorted } from '../common/pagination';
import type { Executor } from '../db/executor';
import type { Position } from '../official/official.type';
import { QUERIES } from '../db/queries';


const Q = QUERIES.agency;

/** Per-request loaders for agencies. */
export function createAgencyLoaders(db: Executor) {
  return {
    /** Pages of its positions, keyed by the page (src/common/batch.ts pageLoader). */
    positions: pageLoader<Position & Sorted>(db, Q.positions),
  };
}
