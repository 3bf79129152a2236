import { defineQueries } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import type { ConnectionShape } from '../common/pagination';
import { listPage } from '../filter/list';
import type { ListArgs } from '../filter/list';
import type { Village } from './village.type';
import { VILLAGE_SORT, VILLAGE_WHERE } from './village.where';

export const VILLAGE_QUERIES = defineQueries({
  byCodes: 'village/by-codes',
  list: 'village/list',
});

export const villageRepository = {
  list: (db: Executor, args: ListArgs, maxPageSize: number): Promise<ConnectionShape<Village>> =>
    listPage<Village>(db, VILLAGE_QUERIES.list, { where: VILLAGE_WHERE, sort: VILLAGE_SORT }, args, maxPageSize),
};
