import { defineQueries } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import type { Sector } from './sector.type';

export const SECTOR_QUERIES = defineQueries({
  byIds: 'sector/by-ids',
  all: 'sector/all',
  agreements: 'sector/agreements',
  programs: 'sector/programs',
});

export const sectorRepository = {
  all: async (db: Executor): Promise<Sector[]> =>
    (await db.read(SECTOR_QUERIES.all)).map((row) => row.sector as unknown as Sector),
};
