import { defineQueries } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import { fetchPage } from '../common/pagination';
import type { Page, PageRows } from '../common/pagination';
import type { Village } from './village.type';

export const VILLAGE_QUERIES = defineQueries({
  byCodes: 'village/by-codes',
  list: 'village/list',
});

export const villageRepository = {
  list: (db: Executor, filter: { districtCode: string | null; name: string | null }, page: Page): Promise<PageRows<Village>> =>
    fetchPage(db, VILLAGE_QUERIES.list, filter, page),
};
