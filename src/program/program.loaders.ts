import { manyLoader, oneLoader } from '../common/batch';
import type { Executor } from '../db/executor';
import type { Sector } from '../sector/sector.type';
import { QUERIES } from '../db/queries';
import type { Adoption, ProgramOrigin, ProgramRun } from './program.type';


const Q = QUERIES.program;

/** Per-request loaders for programs. */
export function createProgramLoaders(db: Executor) {
  return {
    runners: manyLoader<ProgramRun>(db, Q.runners),
    adopters: manyLoader<Adoption>(db, Q.adopters),
    origin: oneLoader<ProgramOrigin>(db, Q.origins),
    sectors: manyLoader<Sector>(db, Q.sectors),
  };
}
