import { manyLoader, oneLoader, pageLoader } from '../common/batch';
import type { Sorted } from '../common/pagination';
import type { Executor } from '../db/executor';
import type { Provenance } from '../provenance/provenance.type';
import { QUERIES } from '../db/queries';
import { MODEL } from '../model';
import { entityByRefBranches } from '../model/cypher';
import type { SourcedFact } from './source.type';


const Q = QUERIES.source;

/** The model's look-up of a node by `Label:key`, rendered once. */
const ENTITY_BY_REF = { entityByRef: entityByRefBranches(MODEL) };

/** Per-request loaders for sources and the provenance of curated nodes. */
export function createSourceLoaders(db: Executor) {
  return {
    /** Keys are "Label:key", e.g. "Official:ratu-tatu-chasanah". */
    nodeProvenance: manyLoader<Provenance>(db, Q.nodeProvenance, {}, ENTITY_BY_REF),
    /** Pages of its facts, keyed by the page (src/common/batch.ts pageLoader). */
    facts: pageLoader<SourcedFact & Sorted>(db, Q.facts),
    /** For the deprecated factCount. */
    factCount: oneLoader<number>(db, Q.factCounts),
  };
}
