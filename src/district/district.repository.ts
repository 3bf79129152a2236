import { defineQueries } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import { fetchPage } from '../common/pagination';
import type { Page, PageRows } from '../common/pagination';
import type { District } from './district.type';

export const DISTRICT_QUERIES = defineQueries({
  byCodes: 'district/by-codes',
  list: 'district/list',
  villages: 'district/villages',
  villageCounts: 'district/village-counts',
});

export const districtRepository = {
  list: (db: Executor, filter: { regencyCode: string | null; name: string | null }, page: Page): Promise<PageRows<District>> =>
    fetchPage(db, DISTRICT_QUERIES.list, filter, page),
};
