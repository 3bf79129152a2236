import { defineQueries } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import { fetchPage } from '../common/pagination';
import type { Page, PageRows } from '../common/pagination';
import type { Official } from './official.type';

export const OFFICIAL_QUERIES = defineQueries({
  byIds: 'official/by-ids',
  list: 'official/list',
  positions: 'official/positions',
  signed: 'official/signed',
  accompanied: 'official/accompanied',
  accompaniedBy: 'official/accompanied-by',
});

export const officialRepository = {
  list: (db: Executor, filter: { name: string | null; governmentCode: string | null }, page: Page): Promise<PageRows<Official>> =>
    fetchPage(db, OFFICIAL_QUERIES.list, filter, page),
};
