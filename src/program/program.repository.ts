import { defineQueries } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import { fetchPage } from '../common/pagination';
import type { Page, PageRows } from '../common/pagination';
import type { Program, ProgramKind } from './program.type';

export const PROGRAM_QUERIES = defineQueries({
  byIds: 'program/by-ids',
  list: 'program/list',
  runners: 'program/runners',
  adopters: 'program/adopters',
  origins: 'program/origins',
  sectors: 'program/sectors',
});

export interface ProgramFilter {
  readonly kind: ProgramKind | null;
  readonly name: string | null;
  readonly sectorId: string | null;
}

export const programRepository = {
  list: (db: Executor, filter: ProgramFilter, page: Page): Promise<PageRows<Program>> =>
    fetchPage(db, PROGRAM_QUERIES.list, { ...filter }, page),
};
