import { defineQueries } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import type { ConnectionShape } from '../common/pagination';
import { listPage } from '../filter/list';
import type { ListArgs } from '../filter/list';
import type { Agreement } from './agreement.type';
import { AGREEMENT_SORT, AGREEMENT_WHERE } from './agreement.where';

export const AGREEMENT_QUERIES = defineQueries({
  byIds: 'agreement/by-ids',
  list: 'agreement/list',
  parties: 'agreement/parties',
  signatures: 'agreement/signatures',
  sectors: 'agreement/sectors',
});

export const agreementRepository = {
  list: (db: Executor, args: ListArgs, maxPageSize: number): Promise<ConnectionShape<Agreement>> =>
    listPage<Agreement>(db, AGREEMENT_QUERIES.list, { where: AGREEMENT_WHERE, sort: AGREEMENT_SORT }, args, maxPageSize),
};
