import { QUERIES } from '../db/queries';
import { MODEL } from '../model';
import { entityByRefBranches, neighbourhoodTierCase, referenceSlots } from '../model/cypher';
import type { CypherCatalog } from '../db/cypher-catalog';
import type { Executor } from '../db/executor';
import type { Agreement } from '../agreement/agreement.type';
import type { Program } from '../program/program.type';
import { provenanceOf } from '../provenance/provenance.type';
import type { Provenance, ProvenanceFields } from '../provenance/provenance.type';
import type { Regency } from '../regency/regency.type';
import type { Sector } from '../sector/sector.type';
import { arrangeDiffusion } from './diffusion';
import { GRAPH_LIMITS } from './limits';
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

/**
 * The slots of path and neighbourhood, fixed for the life of the process, so each text is
 * rendered once (CypherCatalog.renderFixed): how a reference finds its node, per label of the
 * model; the neighbourhood's tiers; and the path's bound, one text per allowed maxLength.
 */
const ENTITY_BY_REF = entityByRefBranches(MODEL);
const EDGE_REFERENCES = referenceSlots(['r']);
const NEIGHBOURHOOD_SLOTS = { entityByRef: ENTITY_BY_REF, tier: neighbourhoodTierCase(MODEL), ...EDGE_REFERENCES };
const PATH_SLOTS = new Map(
  Array.from({ length: GRAPH_LIMITS.maxPathLength }, (_, i) => [i + 1, { entityByRef: ENTITY_BY_REF, maxLength: String(i + 1), ...EDGE_REFERENCES }]),
);
/** The references of the parties' PARTY_TO, and of a program's origins, runs and adoptions. */
const COOPERATION_SLOTS = referenceSlots(['px', 'py']);
const DIFFUSION_SLOTS = referenceSlots(['o', 'run', 'ad']);

/** The slots of a path search up to `maxLength` hops (1..GRAPH_LIMITS.maxPathLength, checked by the resolver). */
export function pathSlots(maxLength: number): Readonly<Record<string, string>> {
  const slots = PATH_SLOTS.get(maxLength);
  if (!slots) throw new Error(`No path search of ${maxLength} hops: maxLength is checked to be 1 to ${GRAPH_LIMITS.maxPathLength} before this.`);
  return slots;
}

/** The text of the neighbourhood query, as the API runs it (for bench/profile-graph.ts and the plan tests). */
export const neighbourhoodText = (catalog: CypherCatalog): string => catalog.renderFixed(QUERIES.graph.neighbourhood, NEIGHBOURHOOD_SLOTS);
/** The text of the cooperation network query, as the API runs it (for bench/profile-graph.ts). */
export const cooperationText = (catalog: CypherCatalog): string => catalog.renderFixed(QUERIES.graph.cooperationNetwork, COOPERATION_SLOTS);
/** The text of the path query for a maxLength, as the API runs it. */
export const pathText = (catalog: CypherCatalog, maxLength: number): string => catalog.renderFixed(QUERIES.graph.path, pathSlots(maxLength));

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
  /** Most edges returned. */
  readonly limit: number;
}

interface CooperationRow {
  readonly nodes: Array<{ regency: Regency; agreementCount: number; partnerCount: number }>;
  readonly edges: Array<{ agreement: Agreement; sectors: Sector[]; source: string; target: string; provenance: ProvenanceFields[] }>;
  readonly edgeCount: number;
}

const regencyRef = (code: string): string => formatEntityRef(EntityLabel.REGENCY, code);

/** The graph questions: each one Cypher round trip (cypher/graph/). */
export const graphRepository = {
  async path(db: Executor, from: EntityRef, to: EntityRef, types: readonly RelationshipType[], maxLength: number): Promise<GraphPath | null> {
    const [row] = await db.readFixed(QUERIES.graph.path, pathSlots(maxLength), { from: { ...from }, to: { ...to }, types });
    if (!row) return null;
    const nodes = (row.nodes as unknown as NodeRow[]).map((node, index) => toNode(node, index));
    const edges = (row.edges as unknown as EdgeRow[]).map(toEdge);
    return { length: edges.length, nodes, edges };
  },

  async neighbourhood(db: Executor, params: NeighbourhoodParams): Promise<Neighbourhood | null> {
    const { of, depth, types, limit } = params;
    const [row] = await db.readFixed(QUERIES.graph.neighbourhood, NEIGHBOURHOOD_SLOTS, { of: { ...of }, depth, types, limit });
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
    const [row] = await db.readFixed(QUERIES.graph.cooperationNetwork, COOPERATION_SLOTS, { ...filter });
    const { nodes, edges, edgeCount } = (row as unknown as CooperationRow | undefined) ?? { nodes: [], edges: [], edgeCount: 0 };
    return {
      edgeCount: Number(edgeCount),
      truncated: Number(edgeCount) > edges.length,
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
    const [row] = await db.readFixed(QUERIES.graph.programDiffusion, DIFFUSION_SLOTS, { id: programId });
    if (!row) return null;
    const diffusion = arrangeDiffusion(
      row.origins as unknown as OriginRow[],
      row.runners as unknown as RunRow[],
      row.adoptions as unknown as AdoptionRow[],
    );
    return { program: row.program as unknown as Program, ...diffusion };
  },
};
