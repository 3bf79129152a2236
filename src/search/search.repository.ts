import { QUERIES } from '../db/queries';
import type { Executor } from '../db/executor';
import type { SearchType } from './search.type';


export interface SearchRow {
  readonly label: SearchType;
  readonly score: number;
  readonly node: Record<string, unknown>;
}

export const searchRepository = {
  entities: async (db: Executor, query: string, labels: readonly SearchType[], limit: number): Promise<SearchRow[]> =>
    (await db.read(QUERIES.search.entities, { query, labels, limit })) as unknown as SearchRow[],
};
