import { LoaderFamily, manyLoader, oneLoader } from '../common/batch';
import { MODEL } from '../model';
import { sourcedRelationshipTypes } from '../model/cypher';
import type { Executor } from '../db/executor';
import type { Provenance } from '../provenance/provenance.type';
import { QUERIES } from '../db/queries';
import type { SourcedFact } from './source.type';


const Q = QUERIES.source;
/** Fills the `{{types}}` slot of source/facts and source/fact-counts once: the curated relationship types, from the model. */
const SOURCED_TYPES = { types: sourcedRelationshipTypes(MODEL) };

/** Per-request loaders for sources and the provenance of curated nodes. */
export function createSourceLoaders(db: Executor) {
  return {
    /** Keys are "Label:key", e.g. "Official:ratu-tatu-chasanah". */
    nodeProvenance: manyLoader<Provenance>(db, Q.nodeProvenance),
    /** At most `limit` facts per source. */
    facts: new LoaderFamily((limit: number) => manyLoader<SourcedFact>(db, Q.facts, { limit }, SOURCED_TYPES)),
    factCount: oneLoader<number>(db, Q.factCounts, {}, SOURCED_TYPES),
  };
}
