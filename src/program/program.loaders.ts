import { manyLoader, oneLoader, pageLoader } from '../common/batch';
import type { Sorted } from '../common/pagination';
import type { Executor } from '../db/executor';
import type { Sector } from '../sector/sector.type';
import { QUERIES } from '../db/queries';
import type { Adoption, ProgramOrigin, ProgramRun } from './program.type';


const Q = QUERIES.program;

/** Per-request loaders for programs. */
export function createProgramLoaders(db: Executor) {
  return {
    /** Pages of the nested lists, keyed by the page (src/common/batch.ts pageLoader). */
    runners: pageLoader<ProgramRun & Sorted>(db, Q.runners),
    adopters: pageLoader<Adoption & Sorted>(db, Q.adopters),
    origin: oneLoader<ProgramOrigin>(db, Q.origins),
    sectors: manyLoader<Sector>(db, Q.sectors),
  };
}
