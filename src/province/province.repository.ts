import { defineQueries } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import type { ConnectionShape } from '../common/pagination';
import { listPage } from '../filter/list';
import type { ListArgs } from '../filter/list';
import type { Province } from './province.type';
import { PROVINCE_SORT, PROVINCE_WHERE } from './province.where';

export const PROVINCE_QUERIES = defineQueries({
  byCodes: 'province/by-codes',
  list: 'province/list',
  regencies: 'province/regencies',
  counts: 'province/counts',
});

export const provinceRepository = {
  list: (db: Executor, args: ListArgs, maxPageSize: number): Promise<ConnectionShape<Province>> =>
    listPage<Province>(db, PROVINCE_QUERIES.list, { where: PROVINCE_WHERE, sort: PROVINCE_SORT }, args, maxPageSize),
};
