import { manyLoader } from '../common/batch';
import type { Executor } from '../db/executor';
import { QUERIES } from '../db/queries';
import type { AgreementParty, SectorCoverage, Signature } from './agreement.type';


const Q = QUERIES.agreement;

/** Per-request loaders for agreements. */
export function createAgreementLoaders(db: Executor) {
  return {
    parties: manyLoader<AgreementParty>(db, Q.parties),
    signatures: manyLoader<Signature>(db, Q.signatures),
    sectors: manyLoader<SectorCoverage>(db, Q.sectors),
  };
}
