import type { Context } from '../context';
import { EntityLabel } from './entity-ref';
import type { EntityRef } from './entity-ref';
import type { LabelledEntity } from './graph.type';


/**
 * Loads any entity through its label's per-request loader, tagged with its label for the
 * `Entity` union: the nodes of one graph answer share one batch per label.
 */
export async function loadEntity(ctx: Context, ref: EntityRef): Promise<LabelledEntity | null> {
  const { loaders } = ctx;
  const loaded = await (() => {
    switch (ref.label) {
      case EntityLabel.Province:
        return loaders.province.byCode.load(ref.key);
      case EntityLabel.Regency:
        return loaders.regency.byCode.load(ref.key);
      case EntityLabel.District:
        return loaders.district.byCode.load(ref.key);
      case EntityLabel.Village:
        return loaders.village.byCode.load(ref.key);
      case EntityLabel.Official:
        return loaders.official.byId.load(ref.key);
      case EntityLabel.Agency:
        return loaders.agency.byId.load(ref.key);
      case EntityLabel.Program:
        return loaders.program.byId.load(ref.key);
      case EntityLabel.Agreement:
        return loaders.agreement.byId.load(ref.key);
      case EntityLabel.Sector:
        return loaders.sector.byId.load(ref.key);
      case EntityLabel.Source:
        return loaders.source.byId.load(ref.key);
      case EntityLabel.Claim:
        return loaders.claim.byId.load(ref.key);
    }
  })();
  return loaded ? { ...loaded, __label: ref.label } : null;
}
