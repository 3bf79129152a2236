import { defineQueries } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import type { ConnectionShape } from '../common/pagination';
import { listPage } from '../filter/list';
import type { ListArgs } from '../filter/list';
import type { District } from './district.type';
import { DISTRICT_SORT, DISTRICT_WHERE } from './district.where';

export const DISTRICT_QUERIES = defineQueries({
  byCodes: 'district/by-codes',
  list: 'district/list',
  villages: 'district/villages',
  villageCounts: 'district/village-counts',
});

export const districtRepository = {
  list: (db: Executor, args: ListArgs, maxPageSize: number): Promise<ConnectionShape<District>> =>
    listPage<District>(db, DISTRICT_QUERIES.list, { where: DISTRICT_WHERE, sort: DISTRICT_SORT }, args, maxPageSize),
};
