import { defineQueries } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import { fetchPage } from '../common/pagination';
import type { Page, PageRows } from '../common/pagination';
import type { Agency, AgencyKind } from './agency.type';

export const AGENCY_QUERIES = defineQueries({
  byIds: 'agency/by-ids',
  list: 'agency/list',
  positions: 'agency/positions',
});

export interface AgencyFilter {
  readonly governmentCode: string | null;
  readonly kind: AgencyKind | null;
  readonly name: string | null;
}

export const agencyRepository = {
  list: (db: Executor, filter: AgencyFilter, page: Page): Promise<PageRows<Agency>> =>
    fetchPage(db, AGENCY_QUERIES.list, { ...filter }, page),
};
