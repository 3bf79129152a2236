import { defineQueries } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import type { ConnectionShape } from '../common/pagination';
import { listPage } from '../filter/list';
import type { ListArgs } from '../filter/list';
import type { Program } from './program.type';
import { PROGRAM_SORT, PROGRAM_WHERE } from './program.where';

export const PROGRAM_QUERIES = defineQueries({
  byIds: 'program/by-ids',
  list: 'program/list',
  runners: 'program/runners',
  adopters: 'program/adopters',
  origins: 'program/origins',
  sectors: 'program/sectors',
});

export const programRepository = {
  list: (db: Executor, args: ListArgs, maxPageSize: number): Promise<ConnectionShape<Program>> =>
    listPage<Program>(db, PROGRAM_QUERIES.list, { where: PROGRAM_WHERE, sort: PROGRAM_SORT }, args, maxPageSize),
};
