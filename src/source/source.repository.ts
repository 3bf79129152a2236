import { defineQueries } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import type { Source } from './source.type';

export const SOURCE_QUERIES = defineQueries({
  byIds: 'source/by-ids',
  all: 'source/all',
  nodeProvenance: 'source/node-provenance',
  facts: 'source/facts',
});

export const sourceRepository = {
  all: async (db: Executor): Promise<Source[]> =>
    (await db.read(SOURCE_QUERIES.all)).map((row) => row.source as unknown as Source),
};
