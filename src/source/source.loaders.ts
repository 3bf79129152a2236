import { manyLoader } from '../common/batch';
import type { Executor } from '../db/executor';
import type { Provenance } from '../provenance/provenance.type';
import { QUERIES } from '../db/queries';
import type { SourcedFact } from './source.type';


const Q = QUERIES.source;

/** Per-request loaders for sources and the provenance of curated nodes. */
export function createSourceLoaders(db: Executor) {
  return {
    /** Keys are "Label:key", e.g. "Official:ratu-tatu-chasanah". */
    nodeProvenance: manyLoader<Provenance>(db, Q.nodeProvenance),
    facts: manyLoader<SourcedFact>(db, Q.facts),
  };
}
