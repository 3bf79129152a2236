import { graphqlEnum } from '../common/enums';
import { ADOPTION_STATUS } from '../model/enums';
import type { AdoptionStatus } from '../model/enums';
import { createUnionType, Field, ID, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { ENTITY_NAMES, MODEL } from '../model';
import type { EntityName } from '../model';
import { Agency } from '../agency/agency.type';
import { Agreement } from '../agreement/agreement.type';
import { Claim } from '../claim/claim.type';
import { LocalDate } from '../common/scalars';
import { District } from '../district/district.type';
import { Island } from '../island/island.type';
import { Official } from '../official/official.type';
import { Program } from '../program/program.type';
import { Provenance } from '../provenance/provenance.type';
import { Province } from '../province/province.type';
import { Regency } from '../regency/regency.type';
import { Sector } from '../sector/sector.type';
import { Source } from '../source/source.type';
import { Village } from '../village/village.type';
import { EntityLabel } from './entity-ref';
import { RelationshipType } from './relationship-type';

/**
 * Result types of the graph questions carry values that belong to one answer (hops from this
 * centre, counts in this network, a generation in this tree), so they have no `id`: a client
 * cache keeps them inside the answer instead of merging them across queries. Their `ref` names
 * the entity, which a field of its own (`entity`, `regency`, `government`) points at.
 */
const REF =
  'The entity\'s reference, "Label:key" ("Regency:36.04"), equal to its global `id`: what edges\' source and target name. ' +
  'Not an `id`, since the other fields hold for this answer only.';

// ---------------------------------------------------------------------------------------
// Any entity

/** A loaded entity row tagged with its label, so the union can tell its type without guessing. */
export interface LabelledEntity {
  readonly __label: EntityLabel;
}

/** The GraphQL type of each label; typed by the model's names, so a new entity without its type does not compile. */
const ENTITY_TYPES: Readonly<Record<EntityName, ClassType>> = { Province, Regency, District, Village, Island, Official, Agency, Program, Agreement, Sector, Source, Claim };

export const Entity = createUnionType({
  name: 'Entity',
  description: `Any entity of the graph: ${MODEL.entities.map((entity) => entity.plural).join(', ')}.`,
  types: () => ENTITY_NAMES.map((name) => ENTITY_TYPES[name]),
  resolveType: (value) => ENTITY_TYPES[(value as unknown as LabelledEntity).__label],
});

// ---------------------------------------------------------------------------------------
// Nodes and edges for a graph view (path, neighbourhood)

@ObjectType({ simpleResolvers: true, description: 'An entity as a node of a graph view.' })
export class GraphNode {
  @Field(() => ID, { description: REF }) ref!: string;
  @Field(() => EntityLabel, { description: 'Its label: what kind of entity it is.' }) label!: EntityLabel;
  @Field(() => ID, { description: 'Its key: the official code of an area, the id (slug) of a curated entity.' }) key!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Its kind, for styling: REGENCY or CITY, an agency kind (PLANNING, HEALTH, ...), PROGRAM / POLICY / PRACTICE, MOU, ' +
      'a claim kind, a source kind; PERSON or GROUP for an official; null for provinces, districts, villages and sectors.',
  })
  kind!: string | null;
  @Field({ description: 'Name, title (agreements, sources) or text (claims).' }) displayName!: string;
  @Field(() => Int, { description: 'Hops from the centre of a neighbourhood, or from the start of a path.' }) hops!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A relationship as an edge of a graph view, in its own direction.' })
export class GraphEdge {
  @Field(() => ID, {
    description: 'The relationship\'s own identity, the same in every answer: "source|TYPE|target" (and "|title" for a position).',
  })
  id!: string;
  @Field(() => RelationshipType, { description: 'The relationship type.' }) type!: RelationshipType;
  @Field(() => ID, { description: 'Reference of the node it starts from.' }) source!: string;
  @Field(() => ID, { description: 'Reference of the node it points to.' }) target!: string;
  @Field(() => [Provenance], { description: 'Source and quote of a curated relationship; empty for the backbone.' })
  provenance!: Provenance[];
}

@ObjectType({ simpleResolvers: true, description: 'A shortest path between two entities.' })
export class GraphPath {
  @Field(() => Int, { description: 'Number of relationships; 0 when both ends are the same entity.' }) length!: number;
  @Field(() => [GraphNode], { description: 'Its nodes in order, from the start (hops 0) to the end (hops = length).' })
  nodes!: GraphNode[];
  @Field(() => [GraphEdge], {
    description: 'Its relationships in path order: edge i joins nodes i and i+1, in either direction (see source, target).',
  })
  edges!: GraphEdge[];
}

@ObjectType({ simpleResolvers: true, description: 'The ego network of an entity: the entities within some hops of it, and the relationships among them.' })
export class Neighbourhood {
  @Field(() => GraphNode, { description: 'The entity asked for (hops 0).' }) center!: GraphNode;
  @Field(() => [GraphNode], {
    description:
      'The centre, then the others nearest first; at the same distance officials, agencies, programs, agreements, sectors and claims ' +
      'come before provinces and regencies, then districts, then villages; then by reference. The cap keeps the first `limit`.',
  })
  nodes!: GraphNode[];
  @Field(() => [GraphEdge], { description: 'Every relationship of the followed types between two of the nodes.' })
  edges!: GraphEdge[];
  @Field({ description: 'True when the cap (`limit`) left out entities within `depth`.' }) truncated!: boolean;
  @Field(() => Int, { description: 'How many entities lie within `depth`, the centre included, before the cap.' }) reachable!: number;
}

// ---------------------------------------------------------------------------------------
// Cooperation network

@ObjectType({ simpleResolvers: true, description: 'A government in the cooperation network.' })
export class CooperationNode {
  @Field(() => ID, { description: REF }) ref!: string;
  @Field(() => Regency, { description: 'The government itself.' }) regency!: Regency;
  @Field(() => Int, { description: 'Agreements of the network it is party to (its degree, counting agreements).' })
  agreementCount!: number;
  @Field(() => Int, { description: 'Distinct partners it has in the network.' }) partnerCount!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Two governments bound by one agreement: one edge per agreement and pair of parties.' })
export class CooperationEdge {
  @Field(() => ID, {
    description: 'The agreement and the pair, the same in every answer: "Agreement:mou-serang-banyuwangi-2017|Regency:35.10|Regency:36.04".',
  })
  id!: string;
  @Field(() => ID, { description: 'Reference of the party with the smaller code (agreements have no direction).' }) source!: string;
  @Field(() => ID, { description: 'Reference of the other party.' }) target!: string;
  @Field(() => Agreement, { description: 'The agreement: id, title, date (see dateInferred), place.' }) agreement!: Agreement;
  @Field(() => [Sector], { description: 'The sectors it covers: at most the sectors of the graph (a small taxonomy).' }) sectors!: Sector[];
  @Field(() => [Provenance], { description: 'Sources stating that the two are parties to it (their PARTY_TO), without repeats.' })
  provenance!: Provenance[];
}

@ObjectType({ simpleResolvers: true, description: 'Governments as nodes, agreements as edges.' })
export class CooperationNetwork {
  @Field(() => [CooperationNode], { description: 'Governments party to at least one agreement of the network, in code order.' })
  nodes!: CooperationNode[];
  @Field(() => [CooperationEdge], { description: 'Oldest agreement first (undated last), then by the pair; the first `limit`.' })
  edges!: CooperationEdge[];
  @Field(() => Int, { description: 'How many edges the network has before the cap.' }) edgeCount!: number;
  @Field({ description: 'True when the cap (`limit`) left out edges; nodes and their counts are those of the edges kept.' }) truncated!: boolean;
}

// ---------------------------------------------------------------------------------------
// Program diffusion

@ObjectType({ simpleResolvers: true, description: 'Where a program began.' })
export class DiffusionOrigin {
  @Field(() => Regency, { description: 'The government it began in.' }) government!: Regency;
  @Field(() => [Provenance], { description: 'Sources stating that it began there.' }) provenance!: Provenance[];
}

@ObjectType({ simpleResolvers: true, description: 'A government running a program.' })
export class DiffusionRun {
  @Field(() => Regency, { description: 'The government running it.' }) government!: Regency;
  @Field(() => Int, { nullable: true, description: 'Year it began running it, when a source says.' }) since!: number | null;
  @Field(() => [Provenance], { description: 'Sources stating that it runs it.' }) provenance!: Provenance[];
}

@ObjectType({ simpleResolvers: true, description: 'A government adopting a program from another.' })
export class DiffusionAdoption {
  @Field(() => Regency, { description: 'The adopting government.' }) government!: Regency;
  @Field(() => Regency, { nullable: true, description: 'The government it adopts from, when a source says.' }) from!: Regency | null;
  @Field(() => graphqlEnum(ADOPTION_STATUS), { description: 'Where the adoption stands: planned, in progress or done.' }) status!: AdoptionStatus;
  @Field(() => LocalDate, { nullable: true, description: 'When, if a source says.' }) date!: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Steps from the origin: 1 when adopted from the origin, 2 from an adopter of it, ...; null when the chain does not reach it.',
  })
  generation!: number | null;
  @Field(() => [Provenance], { description: 'Sources stating the adoption.' }) provenance!: Provenance[];
}

@ObjectType({
  simpleResolvers: true,
  description:
    'A government in the diffusion tree, flat: build the tree from ref and parentRef (d3.stratify takes them as id and parentId).',
})
export class DiffusionTreeNode {
  @Field(() => ID, { description: REF }) ref!: string;
  @Field(() => ID, { nullable: true, description: 'Reference of the government it adopted from; null for the origin, or when no source says.' })
  parentRef!: string | null;
  @Field(() => Int, { nullable: true, description: '0 for the origin, n for n adoptions away from it; null when not linked to it.' })
  generation!: number | null;
  @Field(() => Regency, { description: 'The government itself.' }) government!: Regency;
  @Field({ description: 'True for the government the program began in.' }) isOrigin!: boolean;
  @Field({ description: 'True when it runs the program (RUNS).' }) runs!: boolean;
  @Field(() => Int, { nullable: true, description: 'Year it began running it, when a source says.' }) runningSince!: number | null;
  @Field(() => graphqlEnum(ADOPTION_STATUS), { nullable: true, description: 'Where its adoption stands; null when it did not adopt it.' })
  adoptionStatus!: AdoptionStatus | null;
  @Field(() => LocalDate, { nullable: true, description: 'When it adopted it, if a source says.' }) adoptionDate!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'How a program spread: its origin, who runs it, who adopted it from whom, when, and how far.' })
export class ProgramDiffusion {
  @Field(() => Program, { description: 'The program.' }) program!: Program;
  @Field(() => DiffusionOrigin, { nullable: true, description: 'The government it began in (the first by code, should sources disagree).' })
  origin!: DiffusionOrigin | null;
  @Field(() => [DiffusionRun], { description: 'Governments running it, in code order.' }) runners!: DiffusionRun[];
  @Field(() => [DiffusionAdoption], { description: 'The timeline: adoptions by date, undated last, then by code.' })
  adoptions!: DiffusionAdoption[];
  @Field(() => [DiffusionTreeNode], {
    description: 'Every government involved (origin, runners, adopters, those adopted from), by generation (unlinked last), then code.',
  })
  tree!: DiffusionTreeNode[];
}
