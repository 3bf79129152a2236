import type { Context } from '../context';
import type { Provenance } from '../provenance/provenance.type';


/** What an entity's `sources` field says of its length (docs/connections.md). */
export const NODE_SOURCES_BOUND = 'a plain list, bounded by nature: one entry per source document that records it.';

/** Provenance of a curated node (its SOURCED_FROM links), batched across all labels. */
export function nodeSources(ctx: Context, label: string, key: string): Promise<Provenance[]> {
  return ctx.loaders.source.nodeProvenance.load(`${label}:${key}`);
}
