import type { Context } from '../context';
import type { EntityRef } from './entity-ref';
import type { LabelledEntity } from './graph.type';

/**
 * Loads any entity through its label's per-request look-up, tagged with its label for the
 * `Entity` union: the nodes of one graph answer share one batch per label.
 */
export async function loadEntity(ctx: Context, ref: EntityRef): Promise<LabelledEntity | null> {
  const loaded = await ctx.loaders.byKey[ref.label].load(ref.key);
  return loaded ? { ...loaded, __label: ref.label } : null;
}
