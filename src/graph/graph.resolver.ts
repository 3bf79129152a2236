import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { selects } from '../common/lookahead';
import { assertAreaCode, assertId } from '../common/codes';
import { LocalDate } from '../common/scalars';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { loadEntity } from './entity-loader';
import { parseEntityRef } from './entity-ref';
import { graphRepository } from './graph.repository';
import { GRAPH_LIMITS } from './limits';
import { CooperationNetwork, Entity, GraphNode, GraphPath, Neighbourhood, ProgramDiffusion } from './graph.type';
import type { LabelledEntity } from './graph.type';
import { DEFAULT_NEIGHBOURHOOD_TYPES, DEFAULT_PATH_TYPES, NEVER_ON_PATHS, RelationshipType, relationshipTypes } from './relationship-type';
import type { Parent } from '../common/parent';


/** A whole number within bounds, or BAD_USER_INPUT naming the argument. */
function assertIntIn(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(`"${name}" must be from ${min} to ${max}, but it is ${value}.`, name);
  }
  return value;
}

const REF_ARG = 'An entity reference, "Label:key": "Regency:36.04", "Official:ratu-tatu-chasanah", "Program:35.10-tourism-development-programs".';

/** The graph questions: paths, neighbourhoods, the cooperation network, program diffusion. */
@Resolver()
export class GraphResolver {
  @Query(() => Entity, { nullable: true, description: 'Any entity by its reference ("Regency:36.04"); null when there is none.' })
  async entity(@Arg('ref', () => ID, { description: REF_ARG }) ref: string, @Ctx() ctx: Context): Promise<LabelledEntity | null> {
    return loadEntity(ctx, parseEntityRef(ref, 'ref'));
  }

  @Query(() => GraphPath, {
    nullable: true,
    description:
      'A shortest path between two entities, ignoring directions, with every node and relationship and the provenance of each ' +
      'curated relationship. It never goes through SOURCED_FROM; by default it follows facts only, not claims (ABOUT, STATED_BY). ' +
      'Null when an entity does not exist or no path has at most maxLength relationships. When several paths are shortest, one of them.',
  })
  async path(
    @Arg('from', () => ID, { description: REF_ARG }) from: string,
    @Arg('to', () => ID, { description: REF_ARG }) to: string,
    @Arg('maxLength', () => Int, { defaultValue: 6, description: 'Most relationships on the path, 1 to 10.' }) maxLength: number,
    @Arg('relationshipTypes', () => [RelationshipType], {
      nullable: true,
      description: 'Follow only these types (default: all but SOURCED_FROM, ABOUT and STATED_BY; SOURCED_FROM is refused).',
    })
    types: RelationshipType[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<GraphPath | null> {
    const start = parseEntityRef(from, 'from');
    const end = parseEntityRef(to, 'to');
    assertIntIn('maxLength', maxLength, 1, GRAPH_LIMITS.maxPathLength);
    const follow = relationshipTypes(types, DEFAULT_PATH_TYPES, NEVER_ON_PATHS, 'through a Source, any two facts of one document would be two hops apart.');
    return graphRepository.path(ctx.db, start, end, follow, maxLength, selects(info, ['edges', 'provenance']));
  }

  @Query(() => Neighbourhood, {
    nullable: true,
    description:
      'The ego network of an entity, ready for a graph view: the entities within `depth` hops (ignoring directions) and the ' +
      'relationships among them, capped at `limit` nodes (nearest and curated first; `truncated` tells when the cap cut). ' +
      'Null when the entity does not exist.',
  })
  async neighbourhood(
    @Arg('of', () => ID, { description: REF_ARG }) of: string,
    @Arg('depth', () => Int, { defaultValue: 1, description: 'Hops from the entity, 1 to 3.' }) depth: number,
    @Arg('relationshipTypes', () => [RelationshipType], {
      nullable: true,
      description: 'Follow only these types (default: all but SOURCED_FROM, whose quotes each edge carries as provenance).',
    })
    types: RelationshipType[] | null,
    @Arg('limit', () => Int, { defaultValue: 200, description: 'Most nodes returned, the entity included: 1 to 1000.' }) limit: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Neighbourhood | null> {
    const center = parseEntityRef(of, 'of');
    assertIntIn('depth', depth, 1, GRAPH_LIMITS.maxDepth);
    assertIntIn('limit', limit, 1, GRAPH_LIMITS.maxNeighbourhoodNodes);
    const follow = relationshipTypes(types, DEFAULT_NEIGHBOURHOOD_TYPES);
    return graphRepository.neighbourhood(ctx.db, {
      of: center,
      depth,
      types: follow,
      limit,
      edges: selects(info, ['edges']),
      references: selects(info, ['edges', 'provenance']),
    });
  }

  @Query(() => CooperationNetwork, {
    description:
      'Governments as nodes and agreements (MoUs) as edges, one edge per agreement and pair of parties, with date, sectors and ' +
      'provenance. Filters combine; each is optional.',
  })
  async cooperationNetwork(
    @Arg('provinceCode', () => ID, { nullable: true, description: 'Only agreements with a party in this province ("35"); partners elsewhere stay.' })
    provinceCode: string | null,
    @Arg('sectorId', () => ID, { nullable: true, description: 'Only agreements covering this sector ("tourism").' }) sectorId: string | null,
    @Arg('from', () => LocalDate, { nullable: true, description: 'Only agreements dated on or after this day; undated ones are left out.' })
    from: string | null,
    @Arg('to', () => LocalDate, { nullable: true, description: 'Only agreements dated on or before this day; undated ones are left out.' })
    to: string | null,
    @Arg('limit', () => Int, { defaultValue: 200, description: 'Most edges, 1 to 1000; `truncated` tells when the cap cut.' }) limit: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CooperationNetwork> {
    if (from && to && from > to) {
      throw new BadUserInputError(`The period is empty: "from" (${from}) is after "to" (${to}).`, 'from');
    }
    return graphRepository.cooperationNetwork(ctx.db, {
      provinceCode: provinceCode == null ? null : assertAreaCode('province', provinceCode, 'provinceCode'),
      sectorId: sectorId == null ? null : assertId('sector', sectorId, 'sectorId'),
      from: from ?? null,
      to: to ?? null,
      limit: assertIntIn('limit', limit, 1, GRAPH_LIMITS.maxNetworkEdges),
    }, selects(info, ['edges', 'provenance']));
  }

  @Query(() => ProgramDiffusion, {
    nullable: true,
    description:
      'How a program spread: its origin, who runs it, who adopted it from whom, when and how far (PLANNED, IN_PROGRESS, DONE), ' +
      'with provenance; as a timeline (adoptions) and a flat tree (tree). Null when there is no such program.',
  })
  async programDiffusion(@Arg('programId', () => ID, { description: 'The program key ("35.10-tourism-development-programs").' }) programId: string, @Ctx() ctx: Context): Promise<ProgramDiffusion | null> {
    return graphRepository.programDiffusion(ctx.db, assertId('program', programId, 'programId'));
  }
}

@Resolver(() => GraphNode)
export class GraphNodeResolver {
  @FieldResolver(() => Entity, { nullable: true, description: 'The entity itself, with all its fields (one batch per label).' })
  async entity(@Root() node: Parent<GraphNode>, @Ctx() ctx: Context): Promise<LabelledEntity | null> {
    return loadEntity(ctx, { label: node.label, key: node.key });
  }
}
