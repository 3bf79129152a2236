import { pageLoader } from '../common/batch';
import type { Sorted } from '../common/pagination';
import type { Executor } from '../db/executor';
import { QUERIES } from '../db/queries';
import type { AgreementParty, SectorCoverage, Signature } from './agreement.type';


const Q = QUERIES.agreement;

/** Per-request loaders for agreements. */
export function createAgreementLoaders(db: Executor) {
  return {
    /** Pages of the nested lists, keyed by the page (src/common/batch.ts pageLoader). */
    parties: pageLoader<AgreementParty & Sorted>(db, Q.parties),
    signatures: pageLoader<Signature & Sorted>(db, Q.signatures),
    sectors: pageLoader<SectorCoverage & Sorted>(db, Q.sectors),
  };
}
