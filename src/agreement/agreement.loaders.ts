import { manyLoader, oneLoader } from '../common/batch';
import type { Executor } from '../db/executor';
import { AGREEMENT_QUERIES as Q } from './agreement.repository';
import type { Agreement, AgreementParty, SectorCoverage, Signature } from './agreement.type';

/** Per-request loaders for agreements. */
export function createAgreementLoaders(db: Executor) {
  return {
    byId: oneLoader<Agreement>(db, Q.byIds),
    parties: manyLoader<AgreementParty>(db, Q.parties),
    signatures: manyLoader<Signature>(db, Q.signatures),
    sectors: manyLoader<SectorCoverage>(db, Q.sectors),
  };
}
