import { defineQueries } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import { fetchPage } from '../common/pagination';
import type { Page, PageRows } from '../common/pagination';
import type { Agreement } from './agreement.type';

export const AGREEMENT_QUERIES = defineQueries({
  byIds: 'agreement/by-ids',
  list: 'agreement/list',
  parties: 'agreement/parties',
  signatures: 'agreement/signatures',
  sectors: 'agreement/sectors',
});

export const agreementRepository = {
  list: (db: Executor, filter: { partyCode: string | null; sectorId: string | null }, page: Page): Promise<PageRows<Agreement>> =>
    fetchPage(db, AGREEMENT_QUERIES.list, filter, page),
};
