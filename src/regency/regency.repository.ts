import { defineQueries } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import { fetchPage } from '../common/pagination';
import type { Page, PageRows } from '../common/pagination';
import type { Regency, RegencyKind } from './regency.type';

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

export interface RegencyFilter {
  readonly provinceCode: string | null;
  readonly kind: RegencyKind | null;
  /** Folded name fragment (see search/normalize.ts). */
  readonly name: string | null;
}

export const regencyRepository = {
  list: (db: Executor, filter: RegencyFilter, page: Page): Promise<PageRows<Regency>> =>
    fetchPage(db, REGENCY_QUERIES.list, { ...filter }, page),
};
