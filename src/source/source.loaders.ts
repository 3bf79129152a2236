import { manyLoader, oneLoader } from '../common/batch';
import type { Executor } from '../db/executor';
import type { Provenance } from '../provenance/provenance.type';
import { SOURCE_QUERIES as Q } from './source.repository';
import type { Source, SourcedFact } from './source.type';

/** Per-request loaders for sources and the provenance of curated nodes. */
export function createSourceLoaders(db: Executor) {
  return {
    byId: oneLoader<Source>(db, Q.byIds),
    /** Keys are "Label:key", e.g. "Official:ratu-tatu-chasanah". */
    nodeProvenance: manyLoader<Provenance>(db, Q.nodeProvenance),
    facts: manyLoader<SourcedFact>(db, Q.facts),
  };
}
