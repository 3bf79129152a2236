import { manyLoader, oneLoader } from '../common/batch';
import type { Executor } from '../db/executor';
import { QUERIES } from '../db/queries';
import type { Agreement, AgreementParty, SectorCoverage, Signature } from './agreement.type';


const Q = QUERIES.agreement;

/** Per-request loaders for agreements. */
export function createAgreementLoaders(db: Executor) {
  return {
    byId: oneLoader<Agreement>(db, Q.byIds),
    parties: manyLoader<AgreementParty>(db, Q.parties),
    signatures: manyLoader<Signature>(db, Q.signatures),
    sectors: manyLoader<SectorCoverage>(db, Q.sectors),
  };
}
