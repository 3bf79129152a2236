import { manyLoader } from '../common/batch';
import type { Executor } from '../db/executor';
import type { Signature } from '../agreement/agreement.type';
import { QUERIES } from '../db/queries';
import type { Accompaniment, Position } from './official.type';


const Q = QUERIES.official;

/** Per-request loaders for officials: one UNWIND query per batch. */
export function createOfficialLoaders(db: Executor) {
  return {
    positions: manyLoader<Position>(db, Q.positions),
    signed: manyLoader<Signature>(db, Q.signed),
    accompanied: manyLoader<Accompaniment>(db, Q.accompanied),
    accompaniedBy: manyLoader<Accompaniment>(db, Q.accompaniedBy),
  };
}
