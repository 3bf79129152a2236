import { QUERIES } from '../db/queries';
import type { Executor } from '../db/executor';
import type { Sector } from './sector.type';


export const sectorRepository = {
  all: async (db: Executor): Promise<Sector[]> =>
    (await db.read(QUERIES.sector.all)).map((row) => row.sector as unknown as Sector),
};
