import { MODEL } from '../model';

/**
 * Every Cypher query the API runs, by the folder of `cypher/` it lives in: `<folder>/<file>`
 * without `.cypher`. Listed here, once and explicitly, so the server can check at start-up
 * that each has its file (src/db/cypher-catalog.ts) and a reader finds any query from its
 * field's loader in one step. Root lists are `<entity>/list` (listQuery).
 */
export const QUERIES = {
  audit: {
    log: 'audit/log',
  },
  ingest: {
    storedById: 'ingest/stored-by-id',
    sourceStatements: 'ingest/source-statements',
  },
  province: {
    regencies: 'province/regencies',
    counts: 'province/counts',
  },
  regency: {
    districts: 'regency/districts',
    islands: 'regency/islands',
    positions: 'regency/positions',
    head: 'regency/head',
    agencies: 'regency/agencies',
    programs: 'regency/programs',
    adoptions: 'regency/adoptions',
    agreements: 'regency/agreements',
    partners: 'regency/partners',
    claims: 'regency/claims',
  },
  district: {
    villages: 'district/villages',
    villageCounts: 'district/village-counts',
  },
  official: {
    positions: 'official/positions',
    signed: 'official/signed',
    accompanied: 'official/accompanied',
    accompaniedBy: 'official/accompanied-by',
  },
  agency: {
    positions: 'agency/positions',
  },
  program: {
    runners: 'program/runners',
    adopters: 'program/adopters',
    origins: 'program/origins',
    sectors: 'program/sectors',
  },
  agreement: {
    parties: 'agreement/parties',
    signatures: 'agreement/signatures',
    sectors: 'agreement/sectors',
  },
  sector: {
    all: 'sector/all',
    agreements: 'sector/agreements',
    agreementCounts: 'sector/agreement-counts',
    programs: 'sector/programs',
  },
  source: {
    list: 'source/list',
    nodeProvenance: 'source/node-provenance',
    facts: 'source/facts',
    factCounts: 'source/fact-counts',
  },
  statement: {
    byFacts: 'statement/by-facts',
  },
  claim: {
    about: 'claim/about',
    statedBy: 'claim/stated-by',
  },
  search: {
    entities: 'search/entities',
  },
  graph: {
    path: 'graph/path',
    neighbourhood: 'graph/neighbourhood',
    cooperationNetwork: 'graph/cooperation-network',
    programDiffusion: 'graph/program-diffusion',
  },
  statistics: {
    provinces: 'statistics/provinces',
    agreementsPerYear: 'statistics/agreements-per-year',
    agreementsPerSector: 'statistics/agreements-per-sector',
    programsByAdopters: 'statistics/programs-by-adopters',
    adopterHistogram: 'statistics/adopter-histogram',
    officialsPerAgencyKind: 'statistics/officials-per-agency-kind',
  },
} as const;

/** The root list of an entity (one with sortable fields): `cypher/<entity>/list.cypher`. */
export function listQuery(entity: string): string {
  return `${entity.toLowerCase()}/list`;
}

/** The look-up of an entity by its key: `cypher/<entity>/by-codes.cypher` or `by-ids.cypher`. */
export function byKeyQuery(entity: string): string {
  return `${entity.toLowerCase()}/by-${MODEL.entity(entity).key.field}s`;
}

/** Every query the API runs: QUERIES and the look-ups and root lists the model implies, for the start-up check. */
export function queryNames(): string[] {
  const lists = MODEL.entities.filter((entity) => MODEL.sortFields(entity.name).length > 0).map((entity) => listQuery(entity.name));
  const lookUps = MODEL.entities.map((entity) => byKeyQuery(entity.name));
  return [...Object.values(QUERIES).flatMap((group) => Object.values(group)), ...lookUps, ...lists];
}
