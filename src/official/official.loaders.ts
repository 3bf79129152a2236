import { pageLoader } from '../common/batch';
import type { Sorted } from '../common/pagination';
import type { Executor } from '../db/executor';
import type { Signature } from '../agreement/agreement.type';
import { QUERIES } from '../db/queries';
import type { Accompaniment, Position } from './official.type';


const Q = QUERIES.official;

/** Per-request loaders for officials: one UNWIND query per batch (per page). */
export function createOfficialLoaders(db: Executor) {
  return {
    /** Pages of the nested lists, keyed by the page (src/common/batch.ts pageLoader). */
    positions: pageLoader<Position & Sorted>(db, Q.positions),
    signed: pageLoader<Signature & Sorted>(db, Q.signed),
    accompanied: pageLoader<Accompaniment & Sorted>(db, Q.accompanied),
    accompaniedBy: pageLoader<Accompaniment & Sorted>(db, Q.accompaniedBy),
  };
}
