import { manyLoader, oneLoader } from '../common/batch';
import type { Executor } from '../db/executor';
import type { Regency } from '../regency/regency.type';
import { QUERIES } from '../db/queries';
import type { ProvinceCounts } from './province.type';


const Q = QUERIES.province;

/** Per-request loaders for provinces: one UNWIND query per batch. */
export function createProvinceLoaders(db: Executor) {
  return {
    regencies: manyLoader<Regency>(db, Q.regencies),
    counts: oneLoader<ProvinceCounts>(db, Q.counts),
  };
}
