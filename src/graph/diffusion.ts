import type { AdoptionStatus } from '../model/enums';
import type { ProvenanceFields } from '../provenance/provenance.type';
import { provenanceOf } from '../provenance/provenance.type';
import type { Regency } from '../regency/regency.type';
import { EntityLabel, formatEntityRef } from './entity-ref';
import type { DiffusionAdoption, DiffusionOrigin, DiffusionRun, DiffusionTreeNode } from './graph.type';


/** Rows of cypher/graph/program-diffusion.cypher. */
export interface OriginRow extends ProvenanceFields {
  readonly government: Regency;
}
export interface RunRow extends ProvenanceFields {
  readonly government: Regency;
  readonly since: number | null;
}
export interface AdoptionRow extends ProvenanceFields {
  readonly government: Regency;
  readonly from: Regency | null;
  readonly status: AdoptionStatus;
  readonly date: string | null;
}

export interface Diffusion {
  readonly origin: DiffusionOrigin | null;
  readonly runners: DiffusionRun[];
  readonly adoptions: DiffusionAdoption[];
  readonly tree: DiffusionTreeNode[];
}

const regencyRef = (code: string): string => formatEntityRef(EntityLabel.REGENCY, code);

/**
 * Generation of each government: 0 for an origin, one more than the government it adopted
 * from; absent when its chain of "adopted from" never reaches an origin (or loops).
 */
export function generations(originCodes: readonly string[], adoptedFrom: ReadonlyMap<string, string | null>): Map<string, number> {
  const result = new Map<string, number>(originCodes.map((code) => [code, 0]));
  const visit = (code: string, seen: Set<string>): number | undefined => {
    const known = result.get(code);
    if (known !== undefined) return known;
    const parent = adoptedFrom.get(code);
    if (!parent || seen.has(parent)) return undefined;
    const above = visit(parent, new Set([...seen, code]));
    if (above === undefined) return undefined;
    result.set(code, above + 1);
    return above + 1;
  };
  for (const code of adoptedFrom.keys()) visit(code, new Set([code]));
  return result;
}

/**
 * Arranges the rows of a program's diffusion for drawing: the adoptions with their
 * generation (a timeline, in the query's date order), and one tree node per government
 * involved, whose parent is the government it adopted from.
 */
export function arrangeDiffusion(origins: readonly OriginRow[], runners: readonly RunRow[], adoptions: readonly AdoptionRow[]): Diffusion {
  const originCodes = origins.map((o) => o.government.code);
  // An origin is a root even if a source also has it adopting its own program from elsewhere.
  const adoptedFrom = new Map(
    adoptions.filter((a) => !originCodes.includes(a.government.code)).map((a) => [a.government.code, a.from?.code ?? null]),
  );
  const generation = generations(originCodes, adoptedFrom);

  const governments = new Map<string, Regency>();
  for (const row of [...origins, ...runners, ...adoptions]) governments.set(row.government.code, row.government);
  for (const row of adoptions) if (row.from) governments.set(row.from.code, row.from);

  const runs = new Map(runners.map((r) => [r.government.code, r]));
  const adopted = new Map(adoptions.map((a) => [a.government.code, a]));
  const tree: DiffusionTreeNode[] = [...governments.values()].map((government) => {
    const { code } = government;
    const parent = adoptedFrom.get(code) ?? null;
    return {
      ref: regencyRef(code),
      parentRef: parent === null ? null : regencyRef(parent),
      generation: generation.get(code) ?? null,
      government,
      isOrigin: originCodes.includes(code),
      runs: runs.has(code),
      runningSince: runs.get(code)?.since ?? null,
      adoptionStatus: adopted.get(code)?.status ?? null,
      adoptionDate: adopted.get(code)?.date ?? null,
    };
  });
  tree.sort((a, b) => (a.generation ?? Infinity) - (b.generation ?? Infinity) || a.government.code.localeCompare(b.government.code));

  const [first] = origins;
  return {
    origin: first ? { government: first.government, provenance: provenanceOf(first) } : null,
    runners: runners.map((r) => ({ government: r.government, since: r.since ?? null, provenance: provenanceOf(r) })),
    adoptions: adoptions.map((a) => ({
      government: a.government,
      from: a.from ?? null,
      status: a.status,
      date: a.date ?? null,
      generation: generation.get(a.government.code) ?? null,
      provenance: provenanceOf(a),
    })),
    tree,
  };
}
