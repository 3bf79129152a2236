import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { Parent } from '../common/parent';
import type { Context } from '../context';
import { loadEntity } from '../graph/entity-loader';
import { formatEntityRef, parseEntityRef } from '../graph/entity-ref';
import type { LabelledEntity } from '../graph/graph.type';
import { MODEL } from '../model';
import { GLOBAL_ID, Node } from './node.type';

/** Global object identification: every entity's `id`, and `node`/`nodes` through the per-label look-ups. */
@Resolver(() => Node)
export class NodeResolver {
  /** Resolved once for every entity type: the type being resolved names the label, the model its key property. */
  @FieldResolver(() => ID)
  id(@Root() row: Parent<Record<string, unknown>>, @Info() info: GraphQLResolveInfo): string {
    const label = info.parentType.name;
    return formatEntityRef(label, String(row[MODEL.entity(label).key.field]));
  }

  @Query(() => Node, { nullable: true, description: 'Any entity by its global id ("Regency:36.04"); null when there is none.' })
  async node(@Arg('id', () => ID, { description: GLOBAL_ID }) id: string, @Ctx() ctx: Context): Promise<LabelledEntity | null> {
    return loadEntity(ctx, parseEntityRef(id, 'id'));
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: 'Entities by their global ids, in the order asked, null where there is none; as many ids as any list argument may hold.',
  })
  async nodes(@Arg('ids', () => [ID], { description: 'Global ids ("Regency:36.04").' }) ids: string[], @Ctx() ctx: Context): Promise<Array<LabelledEntity | null>> {
    const refs = ids.map((id) => parseEntityRef(id, 'ids'));
    return Promise.all(refs.map((ref) => loadEntity(ctx, ref)));
  }
}
