import { LoaderFamily, oneLoader, pageParams } from '../common/batch';
import type { KeyPage, PageRows } from '../common/pagination';
import type { Executor } from '../db/executor';
import type { Village } from '../village/village.type';
import { QUERIES } from '../db/queries';


const Q = QUERIES.district;

/** Per-request loaders for districts: one UNWIND query per batch. */
export function createDistrictLoaders(db: Executor) {
  return {
    villages: new LoaderFamily((page: KeyPage) => oneLoader<PageRows<Village>>(db, Q.villages, pageParams(page))),
    villageCount: oneLoader<number>(db, Q.villageCounts),
  };
}
