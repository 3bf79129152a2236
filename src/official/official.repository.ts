import { defineQueries } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import type { ConnectionShape } from '../common/pagination';
import { listPage } from '../filter/list';
import type { ListArgs } from '../filter/list';
import type { Official } from './official.type';
import { OFFICIAL_SORT, OFFICIAL_WHERE } from './official.where';

export const OFFICIAL_QUERIES = defineQueries({
  byIds: 'official/by-ids',
  list: 'official/list',
  positions: 'official/positions',
  signed: 'official/signed',
  accompanied: 'official/accompanied',
  accompaniedBy: 'official/accompanied-by',
});

export const officialRepository = {
  list: (db: Executor, args: ListArgs, maxPageSize: number): Promise<ConnectionShape<Official>> =>
    listPage<Official>(db, OFFICIAL_QUERIES.list, { where: OFFICIAL_WHERE, sort: OFFICIAL_SORT }, args, maxPageSize),
};
