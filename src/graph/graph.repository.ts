import { QUERIES } from '../db/queries';
import { MODEL } from '../model';
import { entityByRefBranches } from '../model/cypher';
import type { Executor } from '../db/executor';
import type { Agreement } from '../agreement/agreement.type';
import type { Program } from '../program/program.type';
import { provenanceOf } from '../provenance/provenance.type';
import type { Provenance, ProvenanceFields } from '../provenance/provenance.type';
import type { Regency } from '../regency/regency.type';
import type { Sector } from '../sector/sector.type';
import { arrangeDiffusion } from './diffusion';
import type { AdoptionRow, OriginRow, RunRow } from './diffusion';
import { EntityLabel, formatEntityRef } from './entity-ref';
import type { EntityRef } from './entity-ref';
import type {
  CooperationEdge,
  CooperationNetwork,
  CooperationNode,
  GraphEdge,
  GraphNode,
  GraphPath,
  Neighbourhood,
  ProgramDiffusion,
} from './graph.type';
import type { RelationshipType } from './relationship-type';

/** Fills the `{{entityByRef}}` slot of path and neighbourhood: how a reference finds its node, per label of the model. */
const ENTITY_BY_REF = { entityByRef: entityByRefBranches(MODEL) };

/** A node as the graph queries return it (hops added by the caller for paths). */
interface NodeRow {
  readonly label: EntityLabel;
  readonly key: string;
  readonly kind: string | null;
  readonly displayName: string | null;
  readonly hops?: number;
}

/** A relationship as the graph queries return it: its ends, its title (positions) and its provenance. */
interface EdgeRow extends ProvenanceFields {
  readonly type: RelationshipType;
  readonly fromLabel: string;
  readonly fromKey: string;
  readonly toLabel: string;
  readonly toKey: string;
  readonly title: string | null;
}

function toNode(row: NodeRow, hops: number): GraphNode {
  return {
    ref: formatEntityRef(row.label, row.key),
    label: row.label,
    key: row.key,
    kind: row.kind ?? null,
    displayName: row.displayName ?? row.key,
    hops,
  };
}

function toEdge(row: EdgeRow): GraphEdge {
  const source = formatEntityRef(row.fromLabel, row.fromKey);
  const target = formatEntityRef(row.toLabel, row.toKey);
  // Two positions of one official at one place differ only by title.
  const id = [source, row.type, target, ...(row.title ? [row.title] : [])].join('|');
  return { id, type: row.type, source, target, provenance: provenanceOf(row) };
}

/** Provenance without repeats: both parties of an agreement usually cite the same sentence. */
function distinctProvenance(rows: readonly ProvenanceFields[]): Provenance[] {
  const seen = new Set<string>();
  return rows.flatMap(provenanceOf).filter((p) => {
    const id = JSON.stringify([p.sourceId, p.quote, p.inferred, p.note]);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

export interface NeighbourhoodParams {
  readonly of: EntityRef;
  readonly depth: number;
  readonly types: readonly RelationshipType[];
  readonly limit: number;
}

export interface CooperationFilter {
  readonly provinceCode: string | null;
  readonly sectorId: string | null;
  readonly from: string | null;
  readonly to: string | null;
}

interface CooperationRow {
  readonly nodes: Array<{ regency: Regency; agreementCount: number; partnerCount: number }>;
  readonly edges: Array<{ agreement: Agreement; sectors: Sector[]; source: string; target: string; provenance: ProvenanceFields[] }>;
}

const regencyRef = (code: string): string => formatEntityRef(EntityLabel.REGENCY, code);

/** The graph questions: each one Cypher round trip (cypher/graph/). */
export const graphRepository = {
  async path(db: Executor, from: EntityRef, to: EntityRef, types: readonly RelationshipType[], maxLength: number): Promise<GraphPath | null> {
    const [row] = await db.readRendered(QUERIES.graph.path, ENTITY_BY_REF, { from: { ...from }, to: { ...to }, types, maxLength });
    if (!row) return null;
    const nodes = (row.nodes as unknown as NodeRow[]).map((node, index) => toNode(node, index));
    const edges = (row.edges as unknown as EdgeRow[]).map(toEdge);
    return { length: edges.length, nodes, edges };
  },

  async neighbourhood(db: Executor, params: NeighbourhoodParams): Promise<Neighbourhood | null> {
    const { of, depth, types, limit } = params;
    const [row] = await db.readRendered(QUERIES.graph.neighbourhood, ENTITY_BY_REF, { of: { ...of }, depth, types, limit });
    if (!row) return null;
    const nodes = (row.nodes as unknown as NodeRow[]).map((node) => toNode(node, node.hops ?? 0));
    const [center] = nodes;
    if (!center) return null;
    return {
      center,
      nodes,
      edges: (row.edges as unknown as EdgeRow[]).map(toEdge),
      truncated: row.truncated === true,
      reachable: Number(row.reachable),
    };
  },

  async cooperationNetwork(db: Executor, filter: CooperationFilter): Promise<CooperationNetwork> {
    const [row] = await db.read(QUERIES.graph.cooperationNetwork, { ...filter });
    const { nodes, edges } = (row as unknown as CooperationRow | undefined) ?? { nodes: [], edges: [] };
    return {
      nodes: nodes.map(
        (n): CooperationNode => ({ ref: regencyRef(n.regency.code), regency: n.regency, agreementCount: n.agreementCount, partnerCount: n.partnerCount }),
      ),
      edges: edges.map(
        (e): CooperationEdge => ({
          id: [formatEntityRef('Agreement', e.agreement.id), regencyRef(e.source), regencyRef(e.target)].join('|'),
          source: regencyRef(e.source),
          target: regencyRef(e.target),
          agreement: e.agreement,
          sectors: e.sectors,
          provenance: distinctProvenance(e.provenance),
        }),
      ),
    };
  },

  async programDiffusion(db: Executor, programId: string): Promise<ProgramDiffusion | null> {
    const [row] = await db.read(QUERIES.graph.programDiffusion, { id: programId });
    if (!row) return null;
    const diffusion = arrangeDiffusion(
      row.origins as unknown as OriginRow[],
      row.runners as unknown as RunRow[],
      row.adoptions as unknown as AdoptionRow[],
    );
    return { program: row.program as unknown as Program, ...diffusion };
  },
};
