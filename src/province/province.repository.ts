import { defineQueries } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import { fetchPage } from '../common/pagination';
import type { Page, PageRows } from '../common/pagination';
import type { Province } from './province.type';

export const PROVINCE_QUERIES = defineQueries({
  byCodes: 'province/by-codes',
  list: 'province/list',
  regencies: 'province/regencies',
  counts: 'province/counts',
});

export const provinceRepository = {
  list: (db: Executor, filter: { name: string | null }, page: Page): Promise<PageRows<Province>> =>
    fetchPage(db, PROVINCE_QUERIES.list, filter, page),
};
