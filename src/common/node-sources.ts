import type { Context } from '../context';
import type { Provenance } from '../provenance/provenance.type';


/** Provenance of a curated node (its SOURCED_FROM links), batched across all labels. */
export function nodeSources(ctx: Context, label: string, key: string): Promise<Provenance[]> {
  return ctx.loaders.source.nodeProvenance.load(`${label}:${key}`);
}
