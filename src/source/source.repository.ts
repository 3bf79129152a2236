import { QUERIES } from '../db/queries';
import type { Executor } from '../db/executor';
import type { Source } from './source.type';


export const sourceRepository = {
  all: async (db: Executor): Promise<Source[]> =>
    (await db.read(QUERIES.source.all)).map((row) => row.source as unknown as Source),
};
