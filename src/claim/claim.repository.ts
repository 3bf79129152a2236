import { defineQueries } from '../db/cypher-catalog';

export const CLAIM_QUERIES = defineQueries({
  byIds: 'claim/by-ids',
  about: 'claim/about',
  statedBy: 'claim/stated-by',
});
