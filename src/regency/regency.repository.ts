import { defineQueries } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import type { ConnectionShape } from '../common/pagination';
import { listPage } from '../filter/list';
import type { ListArgs } from '../filter/list';
import type { Regency } from './regency.type';
import { REGENCY_SORT, REGENCY_WHERE } from './regency.where';

export const REGENCY_QUERIES = defineQueries({
  byCodes: 'regency/by-codes',
  list: 'regency/list',
  districts: 'regency/districts',
  positions: 'regency/positions',
  head: 'regency/head',
  agencies: 'regency/agencies',
  programs: 'regency/programs',
  adoptions: 'regency/adoptions',
  agreements: 'regency/agreements',
  partners: 'regency/partners',
  claims: 'regency/claims',
});

export const regencyRepository = {
  list: (db: Executor, args: ListArgs, maxPageSize: number): Promise<ConnectionShape<Regency>> =>
    listPage<Regency>(db, REGENCY_QUERIES.list, { where: REGENCY_WHERE, sort: REGENCY_SORT }, args, maxPageSize),
};
