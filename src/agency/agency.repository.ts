import { defineQueries } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import type { ConnectionShape } from '../common/pagination';
import { listPage } from '../filter/list';
import type { ListArgs } from '../filter/list';
import type { Agency } from './agency.type';
import { AGENCY_SORT, AGENCY_WHERE } from './agency.where';

export const AGENCY_QUERIES = defineQueries({
  byIds: 'agency/by-ids',
  list: 'agency/list',
  positions: 'agency/positions',
});

export const agencyRepository = {
  list: (db: Executor, args: ListArgs, maxPageSize: number): Promise<ConnectionShape<Agency>> =>
    listPage<Agency>(db, AGENCY_QUERIES.list, { where: AGENCY_WHERE, sort: AGENCY_SORT }, args, maxPageSize),
};
