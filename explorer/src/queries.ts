/**
 * The GraphQL documents the explorer sends. Every linkable object asks for `__typename`, so
 * the entity page can turn it into a link to its own page.
 */
import type { Label } from './route';

const PROVENANCE = `fragment P on Provenance { __typename quote inferred note source { __typename key title publisher } }`;

const REGENCY_REF = `__typename code name`;
const OFFICIAL_REF = `__typename key name`;

/** The fields of each kind's page, as a fragment on its type (Island: once the API has it). */
const ENTITY_FIELDS: Readonly<Record<Label, string>> = {
  Province: `code name counts { regencies cities districts villages } regencies { ${REGENCY_REF} kind }`,
  Regency: `code name kind province { __typename code name } head { ${OFFICIAL_REF} }
    agencies(first: 100) { totalCount nodes { __typename key name shortName kind } }
    officials(first: 100) { totalCount nodes { localTitle title attestedOn attestedOnText attestedOnInferred startDate endDate
      official { ${OFFICIAL_REF} } agency { __typename key name shortName } provenance { ...P } } }
    agreements(first: 20) { totalCount nodes { __typename key title kind date dateText dateInferred dateInference place
      parties(first: 10) { totalCount nodes { government { ${REGENCY_REF} } } }
      signatories(first: 10) { totalCount nodes { official { ${OFFICIAL_REF} } onBehalfOf { ${REGENCY_REF} } } }
      sectors(first: 10) { totalCount nodes { priority sector { __typename key name } } } sources { ...P } } }
    partners(first: 100) { totalCount nodes { ${REGENCY_REF} } }
    programs(first: 100) { totalCount nodes { program { __typename key name } since provenance { ...P } } }
    adoptedPrograms(first: 100) { totalCount nodes { program { __typename key name } from { ${REGENCY_REF} } status date provenance { ...P } } }
    claims(first: 100) { totalCount nodes { __typename key kind text sources { ...P } } }
    districts(first: 100) { totalCount edges { node { __typename code name } } }`,
  District: `code name regency { ${REGENCY_REF} } villageCount villages(first: 100) { totalCount edges { node { __typename code name } } }`,
  Village: `code name district { __typename code name regency { ${REGENCY_REF} } }`,
  Island: `code name coordinate { latitude longitude } populated outermostSmall regency { ${REGENCY_REF} } province { __typename code name }`,
  Official: `key name nickname isGroup agency { __typename key name }
    positions(first: 100) { totalCount nodes { localTitle title attestedOn attestedOnText attestedOnInferred startDate endDate
      government { ${REGENCY_REF} } agency { __typename key name shortName } provenance { ...P } } }
    signedAgreements(first: 100) { totalCount nodes { agreement { __typename key title } onBehalfOf { ${REGENCY_REF} } provenance { ...P } } }
    accompanied(first: 100) { totalCount nodes { official { ${OFFICIAL_REF} } date dateText dateInferred place purpose provenance { ...P } } }
    accompaniedBy(first: 100) { totalCount nodes { official { ${OFFICIAL_REF} } date dateText dateInferred place purpose provenance { ...P } } }
    sources { ...P }`,
  Agency: `key name shortName kind government { ${REGENCY_REF} }
    officials(first: 100) { totalCount nodes { localTitle title attestedOn attestedOnText attestedOnInferred official { ${OFFICIAL_REF} } provenance { ...P } } }
    sources { ...P }`,
  Program: `key name kind description since sectors { __typename key name }
    origin { government { ${REGENCY_REF} } provenance { ...P } }
    runners(first: 100) { totalCount nodes { government { ${REGENCY_REF} } since provenance { ...P } } }
    adopters(first: 100) { totalCount nodes { government { ${REGENCY_REF} } from { ${REGENCY_REF} } status date provenance { ...P } } }
    sources { ...P }`,
  Agreement: `key title kind date dateText dateInferred dateInference place
    parties(first: 100) { totalCount nodes { government { ${REGENCY_REF} } provenance { ...P } } }
    signatories(first: 100) { totalCount nodes { official { ${OFFICIAL_REF} } onBehalfOf { ${REGENCY_REF} } provenance { ...P } } }
    sectors(first: 100) { totalCount nodes { priority sector { __typename key name localName } provenance { ...P } } }
    sources { ...P }`,
  Source: `key title kind publisher url publishedOn publishedOnInferred dateline editorCode origin language
    facts(first: 100) { totalCount nodes { __typename type fromLabel fromKey fromName toLabel toKey toName quote inferred note } }`,
  Sector: `key name localName agreements(first: 100) { totalCount nodes { __typename key title } } programs(first: 100) { totalCount nodes { __typename key name } }`,
  Claim: `key kind text about { ${REGENCY_REF} } statedBy { ${OFFICIAL_REF} } sources { ...P }`,
};

/** The entity page's query for one label. */
export function entityQuery(label: Label): string {
  const fields = ENTITY_FIELDS[label];
  const usesProvenance = fields.includes('...P');
  return `query Entity($ref: ID!) { entity(ref: $ref) { __typename ... on ${label} { ${fields} } } }${usesProvenance ? `\n${PROVENANCE}` : ''}`;
}

export const SEARCH = `query Search($query: String!) {
  search(query: $query, first: 8) {
    type
    node {
      __typename
      ... on Regency { code name }
      ... on Official { key name }
      ... on Agency { key name shortName }
      ... on Program { key name }
    }
  }
}`;

const GRAPH_FIELDS = `nodes { ref label kind displayName hops }
  edges { id type source target provenance { quote inferred note source { key title } } }`;

export const NEIGHBOURHOOD = `query Neighbourhood($of: ID!, $depth: Int!) {
  neighbourhood(of: $of, depth: $depth) { ${GRAPH_FIELDS} truncated reachable }
}`;

export const PATH = `query Path($from: ID!, $to: ID!, $maxLength: Int!) {
  path(from: $from, to: $to, maxLength: $maxLength) { length ${GRAPH_FIELDS} }
}`;

export const DIFFUSION = `query Diffusion($programId: ID!) {
  programDiffusion(programId: $programId) {
    program { key name }
    origin { government { code name } provenance { quote inferred note source { key title } } }
    adoptions { government { code name } from { code name } status date generation provenance { quote inferred note source { key title } } }
    tree { ref parentRef generation isOrigin runs adoptionStatus government { code name } }
  }
}`;

export const NETWORK = `query Network($provinceCode: ID, $sectorId: ID, $from: LocalDate, $to: LocalDate) {
  cooperationNetwork(provinceCode: $provinceCode, sectorId: $sectorId, from: $from, to: $to) {
    nodes { ref agreementCount partnerCount regency { code name } }
    edges { id source target agreement { key title date dateInferred } sectors { key name } provenance { quote inferred source { key title } } }
  }
}`;

export const NETWORK_FILTERS = `query NetworkFilters {
  provinces(first: 100) { edges { node { code name } } }
  sectors { key name }
}`;

/** One page of a regency's islands (the API pages them, 100 at most at a time). */
export const ISLANDS_PAGE = `query Islands($code: ID!, $after: String) {
  regency(code: $code) { code name islands(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor } edges { node { code name coordinate { latitude longitude } populated outermostSmall } } } }
}`;
