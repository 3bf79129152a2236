import { defineQueries } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import type { SearchType } from './search.type';

export const SEARCH_QUERIES = defineQueries({ entities: 'search/entities' });

export interface SearchRow {
  readonly label: SearchType;
  readonly score: number;
  readonly node: Record<string, unknown>;
}

export const searchRepository = {
  entities: async (db: Executor, query: string, labels: readonly SearchType[], limit: number): Promise<SearchRow[]> =>
    (await db.read(SEARCH_QUERIES.entities, { query, labels, limit })) as unknown as SearchRow[],
};
