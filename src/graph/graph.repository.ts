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
import { DEFAULT_NEIGHBOURHOOD_TYPES, DEFAULT_PATH_TYPES } from './relationship-type';
import type { RelationshipType } from './relationship-type';

/**
 * The slots of the graph queries: how a reference finds its node, per label of the model, and
 * the neighbourhood's tiers (fixed for the life of the process); the path's bound; the
 * relationship types to follow, written into the pattern (`[r:A|B]`) so Neo4j expands only
 * those instead of filtering every relationship it meets; and the references of each edge, or
 * `[]` when the selection reads no provenance (then no statement is read at all).
 */
const ENTITY_BY_REF = entityByRefBranches(MODEL);
const NEIGHBOURHOOD_TIER = neighbourhoodTierCase(MODEL);

/** What varies a graph query's text; each variant is rendered once and its text kept. */
export interface GraphTextChoice {
  /** The relationship types to follow (validated enum values of the model). */
  readonly types?: readonly RelationshipType[];
  /** Whether the edges' references are read (the selection reads `provenance`). */
  readonly references: boolean;
}

/** Distinct slot objects kept (CypherCatalog.renderFixed keeps one text per object); a client's type sets are few, the cap bounds the rest. */
const VARIANTS_KEPT = 256;
const variants = new Map<string, Readonly<Record<string, string>>>();

function slotsOf(key: string, make: () => Record<string, string>): Readonly<Record<string, string>> {
  let slots = variants.get(key);
  if (!slots) {
    if (variants.size >= VARIANTS_KEPT) variants.clear();
    slots = Object.freeze(make());
    variants.set(key, slots);
  }
  return slots;
}

/** `:A|B|C`, the types sorted, for a relationship pattern; a type is a model's enum value, checked again here since it is written into Cypher. */
export function typePattern(types: readonly RelationshipType[]): string {
  const sorted = [...new Set(types)].sort();
  if (sorted.length === 0 || !sorted.every((type) => /^[A-Z][A-Z_]*$/.test(type))) throw new Error(`Not relationship types: ${sorted.join(', ')}`);
  return `:${sorted.join('|')}`;
}

function referenceChoice(variables: readonly string[], read: boolean): Record<string, string> {
  const slots = referenceSlots(variables);
  return read ? slots : Object.fromEntries(Object.keys(slots).map((slot) => [slot, '[]']));
}

function graphSlots(query: string, choice: GraphTextChoice, variables: readonly string[], fixed: Record<string, string>): Readonly<Record<string, string>> {
  const types = choice.types ? typePattern(choice.types) : '';
  const key = [query, choice.references, types, ...Object.values(fixed)].join('\u0000');
  return slotsOf(key, () => ({ ...fixed, ...(choice.types ? { types } : {}), ...referenceChoice(variables, choice.references) }));
}

/** The slots of a path search up to `maxLength` hops (1..GRAPH_LIMITS.maxPathLength, checked by the resolver). */
export function pathSlots(maxLength: number, choice: GraphTextChoice): Readonly<Record<string, string>> {
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > GRAPH_LIMITS.maxPathLength) {
    throw new Error(`No path search of ${maxLength} hops: maxLength is checked to be 1 to ${GRAPH_LIMITS.maxPathLength} before this.`);
  }
  return graphSlots('path', choice, ['r'], { entityByRef: ENTITY_BY_REF, maxLength: String(maxLength) });
}

const neighbourhoodSlots = (choice: GraphTextChoice) => graphSlots('neighbourhood', choice, ['r'], { entityByRef: ENTITY_BY_REF, tier: NEIGHBOURHOOD_TIER });
/** The references of the parties' PARTY_TO. */
const cooperationSlots = (choice: GraphTextChoice) => graphSlots('cooperation', choice, ['px', 'py'], {});
/** The references of a program's origins, runs and adoptions. */
const DIFFUSION_SLOTS = referenceSlots(['o', 'run', 'ad']);

const WHOLE: GraphTextChoice = { references: true };

/** The text of the neighbourhood query, as the API runs it (for bench/profile-graph.ts and the plan tests). */
export const neighbourhoodText = (catalog: CypherCatalog, choice: GraphTextChoice = { ...WHOLE, types: DEFAULT_NEIGHBOURHOOD_TYPES }): string =>
  catalog.renderFixed(QUERIES.graph.neighbourhood, neighbourhoodSlots(choice));
/** The text of the cooperation network query, as the API runs it (for bench/profile-graph.ts). */
export const cooperationText = (catalog: CypherCatalog, choice: GraphTextChoice = WHOLE): string => catalog.renderFixed(QUERIES.graph.cooperationNetwork, cooperationSlots(choice));
/** The text of the path query for a maxLength, as the API runs it. */
export const pathText = (catalog: CypherCatalog, maxLength: number, choice: GraphTextChoice = { ...WHOLE, types: DEFAULT_PATH_TYPES }): string =>
  catalog.renderFixed(QUERIES.graph.path, pathSlots(maxLength, choice));

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
  /** Whether the relationships among the nodes are read (the selection reads `edges`); default true. */
  readonly edges?: boolean;
  /** Whether their references are read (the selection reads `edges { provenance }`); default true. */
  readonly references?: boolean;
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
  async path(db: Executor, from: EntityRef, to: EntityRef, types: readonly RelationshipType[], maxLength: number, references = true): Promise<GraphPath | null> {
    const [row] = await db.readFixed(QUERIES.graph.path, pathSlots(maxLength, { types, references }), { from: { ...from }, to: { ...to } });
    if (!row) return null;
    const nodes = (row.nodes as unknown as NodeRow[]).map((node, index) => toNode(node, index));
    const edges = (row.edges as unknown as EdgeRow[]).map(toEdge);
    return { length: edges.length, nodes, edges };
  },

  async neighbourhood(db: Executor, params: NeighbourhoodParams): Promise<Neighbourhood | null> {
    const { of, depth, types, limit, edges = true, references = true } = params;
    const [row] = await db.readFixed(QUERIES.graph.neighbourhood, neighbourhoodSlots({ types, references }), { of: { ...of }, depth, limit, edges });
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

  async cooperationNetwork(db: Executor, filter: CooperationFilter, references = true): Promise<CooperationNetwork> {
    const [row] = await db.readFixed(QUERIES.graph.cooperationNetwork, cooperationSlots({ references }), { ...filter });
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
