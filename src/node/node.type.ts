import { Field, ID, InterfaceType } from 'type-graphql';
import type { LabelledEntity } from '../graph/graph.type';
import { MODEL } from '../model';

/** Said once: what a global id is, for the interface, `node(id:)` and the root look-ups. */
export const GLOBAL_ID =
  'The global id: the entity\'s label and key, "Label:key" ("Regency:36.04", "Official:ratu-tatu-chasanah"), unique across the ' +
  'graph and stable; the same string `path`, `neighbourhood` and `entity` take. Treat it as opaque.';

/**
 * Relay's global object identification: every entity of the model implements it, so a client
 * cache (Apollo, urql, Relay) keys an entity by `id` with no configuration, and `node(id:)`
 * fetches any of them again.
 */
@InterfaceType({
  description: `An entity of the graph, fetchable again by its id through \`node(id:)\`: ${MODEL.entities.map((e) => e.plural).join(', ')}.`,
  resolveType: (value: LabelledEntity) => value.__label,
})
export abstract class Node {
  @Field(() => ID, { description: GLOBAL_ID }) id!: string;
}
