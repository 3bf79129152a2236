import 'reflect-metadata';
import { lexicographicSortSchema, printSchema } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { serveCompiled } from './compile';
import { AgencyResolver } from './agency/agency.resolver';
import { AgreementPartyResolver, SectorCoverageResolver, SignatureResolver } from './agreement/agreement-links.resolver';
import { AgreementResolver } from './agreement/agreement.resolver';
import { ClaimResolver } from './claim/claim.resolver';
import { DistrictResolver } from './district/district.resolver';
import { IslandResolver } from './island/island.resolver';
import { GraphNodeResolver, GraphResolver } from './graph/graph.resolver';
import { IngestResolver } from './ingest/ingest.resolver';
import { NodeResolver } from './node/node.resolver';
import { AccompanimentResolver } from './official/accompaniment.resolver';
import { OfficialResolver } from './official/official.resolver';
import { PositionResolver } from './official/position.resolver';
import { AdoptionResolver, ProgramOriginResolver, ProgramRunResolver } from './program/program-links.resolver';
import { ProgramResolver } from './program/program.resolver';
import { PROPERTY_STATEMENT_RESOLVERS } from './provenance/property-statements.resolver';
import { ProvenanceResolver } from './provenance/provenance.resolver';
import { ProvinceResolver } from './province/province.resolver';
import { RegencyResolver } from './regency/regency.resolver';
import { SearchResolver } from './search/search.resolver';
import { SectorResolver } from './sector/sector.resolver';
import { SourceResolver } from './source/source.resolver';
import { StatisticsResolver } from './statistics/statistics.resolver';
import { VillageResolver } from './village/village.resolver';

export const RESOLVERS = [
  ProvinceResolver,
  RegencyResolver,
  DistrictResolver,
  VillageResolver,
  IslandResolver,
  OfficialResolver,
  PositionResolver,
  AccompanimentResolver,
  AgencyResolver,
  ProgramResolver,
  ProgramRunResolver,
  AdoptionResolver,
  ProgramOriginResolver,
  AgreementResolver,
  AgreementPartyResolver,
  SignatureResolver,
  SectorCoverageResolver,
  SectorResolver,
  SourceResolver,
  ProvenanceResolver,
  ...PROPERTY_STATEMENT_RESOLVERS,
  ClaimResolver,
  SearchResolver,
  GraphResolver, GraphNodeResolver,
  NodeResolver,
  IngestResolver,
  StatisticsResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** type-graphql takes no description for the root types; the schema linter (and a reader) wants one. */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (query) {
    query.description =
      'Reads of the knowledge graph of Indonesia\'s local governments (pemerintah daerah): the official areas, ' +
      'the curated facts with their sources, search, graph questions and statistics.';
  }
  const mutation = schema.getMutationType();
  if (mutation) {
    mutation.description =
      "Curators' writes: sources ingested into the graph and retracted, each behind a bearer token's role and recorded in the audit log.";
  }
  return schema;
}

/** Builds the executable schema once per process (type-graphql reads decorator metadata). */
export function createSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: RESOLVERS, validate: false }).then(describeRootTypes).then(serveCompiled);
  return built;
}

/** The SDL committed as schema/schema.graphql; sorted so it only changes when the API does. */
export function printSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
