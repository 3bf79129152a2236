/**
 * From the API's answers to the shapes the pictures draw: cytoscape elements for the
 * networks, a single-rooted table for d3-hierarchy's tree. Pure, so the unit tests run it.
 */
import { labelOf, parseRef } from './route';
import type { Label } from './route';

export interface ProvenanceData {
  readonly quote: string | null;
  readonly inferred: boolean;
  readonly note: string | null;
  readonly source: { readonly key: string; readonly title: string } | null;
}

/** A node of `neighbourhood` or `path` (GraphNode). */
export interface GraphNodeData {
  readonly ref: string;
  readonly label: string;
  readonly kind: string | null;
  readonly displayName: string;
  readonly hops: number;
}

/** An edge of `neighbourhood` or `path` (GraphEdge). */
export interface GraphEdgeData {
  readonly id: string;
  readonly type: string;
  readonly source: string;
  readonly target: string;
  readonly provenance: readonly ProvenanceData[];
}

/** What cytoscape takes: plain data, its own `id`, `source` and `target` for edges. */
export interface ElementDefinition {
  readonly group: 'nodes' | 'edges';
  readonly data: Record<string, string | number | boolean>;
  readonly classes?: string;
}

/** One colour per label, distinguishable and dark enough for white text. */
export const LABEL_COLOURS: Readonly<Record<Label, string>> = {
  Province: '#6b4c9a',
  Regency: '#1f77b4',
  District: '#5a8fb8',
  Village: '#8aa9c1',
  Island: '#17becf',
  Official: '#d62728',
  Agency: '#ff7f0e',
  Program: '#2ca02c',
  Agreement: '#8c564b',
  Source: '#7f7f7f',
  Sector: '#bcbd22',
  Claim: '#e377c2',
};

const UNKNOWN_COLOUR = '#444444';

/** The colour of a label in any case ("REGENCY" as well as "Regency"). */
export function colourOf(label: string): string {
  const known = labelOf(label);
  return known ? LABEL_COLOURS[known] : UNKNOWN_COLOUR;
}

/** The labels present, in the order of LABELS' colours, for a legend. */
export function legendOf(labels: readonly string[]): Array<{ label: string; colour: string }> {
  const present = new Set(labels.map((l) => labelOf(l) ?? l));
  return [...present].sort().map((label) => ({ label, colour: colourOf(label) }));
}

/** Cytoscape elements of a neighbourhood or a path; `centre` is marked for styling. */
export function graphElements(nodes: readonly GraphNodeData[], edges: readonly GraphEdgeData[], centre?: string): ElementDefinition[] {
  const ids = new Set(nodes.map((n) => n.ref));
  return [
    ...nodes.map((n): ElementDefinition => ({
      group: 'nodes',
      data: { id: n.ref, name: n.displayName, label: labelOf(n.label) ?? n.label, colour: colourOf(n.label), hops: n.hops, kind: n.kind ?? '' },
      classes: n.ref === centre ? 'centre' : undefined,
    })),
    // Cytoscape refuses an edge whose end is missing; the API never sends one, but a
    // picture must not fail on it.
    ...edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e): ElementDefinition => ({
      group: 'edges',
      data: { id: e.id, source: e.source, target: e.target, type: e.type, curated: e.provenance.length > 0 },
    })),
  ];
}

/** A government of the cooperation network (CooperationNode). */
export interface CooperationNodeData {
  readonly ref: string;
  readonly agreementCount: number;
  readonly partnerCount: number;
  readonly regency: { readonly code: string; readonly name: string };
}

/** An agreement between two parties (CooperationEdge). */
export interface CooperationEdgeData {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly agreement: { readonly key: string; readonly title: string; readonly date: string | null; readonly dateInferred: boolean | null };
  readonly sectors: ReadonlyArray<{ readonly key: string; readonly name: string }>;
}

export function cooperationElements(nodes: readonly CooperationNodeData[], edges: readonly CooperationEdgeData[]): ElementDefinition[] {
  return [
    ...nodes.map((n): ElementDefinition => ({
      group: 'nodes',
      data: { id: n.ref, name: n.regency.name, label: 'Regency', colour: colourOf('Regency'), weight: n.agreementCount },
    })),
    ...edges.map((e): ElementDefinition => ({
      group: 'edges',
      data: { id: e.id, source: e.source, target: e.target, type: e.sectors.map((s) => s.name).join(', '), curated: true },
    })),
  ];
}

/** Positions for a path drawn left to right (wrapping into rows on a narrow screen). */
export function pathPositions(count: number, perRow: number, gapX = 160, gapY = 120): Array<{ x: number; y: number }> {
  const row = Math.max(1, perRow);
  return Array.from({ length: count }, (_, i) => {
    const line = Math.floor(i / row);
    const column = i % row;
    // Snake: odd rows run right to left, so consecutive nodes stay neighbours.
    return { x: (line % 2 === 0 ? column : row - 1 - column) * gapX, y: line * gapY };
  });
}

/** A government in the diffusion tree (DiffusionTreeNode). */
export interface DiffusionTreeData {
  readonly ref: string;
  readonly parentRef: string | null;
  readonly generation: number | null;
  readonly isOrigin: boolean;
  readonly runs: boolean;
  readonly adoptionStatus: string | null;
  readonly government: { readonly code: string; readonly name: string };
}

/** A row of the tree d3.stratify builds; the root is the program itself. */
export interface TreeRow {
  readonly id: string;
  readonly parentId: string | null;
  readonly name: string;
  readonly node: DiffusionTreeData | null;
}

/**
 * One root for d3.stratify, which refuses a forest: the program. The origin hangs under it,
 * and so does every government no source links to the origin (parentRef null, or a parent
 * not in the tree), so nothing the API sends is dropped.
 */
export function diffusionRows(programId: string, programName: string, tree: readonly DiffusionTreeData[]): TreeRow[] {
  const rootId = `Program:${programId}`;
  const refs = new Set(tree.map((n) => n.ref));
  return [
    { id: rootId, parentId: null, name: programName, node: null },
    ...tree.map((n) => ({
      id: n.ref,
      parentId: n.parentRef !== null && refs.has(n.parentRef) && n.parentRef !== n.ref ? n.parentRef : rootId,
      name: n.government.name,
      node: n,
    })),
  ];
}

/** An island of a regency, whichever shape the API gives its position in. */
export interface IslandData {
  readonly code: string;
  readonly name: string;
  readonly longitude: number;
  readonly latitude: number;
  readonly populated: boolean | null;
  readonly outermostSmall: boolean | null;
}

type Raw = Record<string, unknown>;

function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * Reads an island from `{ latitude, longitude }` or `{ coordinate: { latitude, longitude } }`
 * (or a GeoJSON-style `coordinate: [longitude, latitude]`); undefined when it has no position.
 */
export function islandOf(raw: Raw): IslandData | undefined {
  const coordinate = raw.coordinate;
  let longitude = numberOf(raw.longitude);
  let latitude = numberOf(raw.latitude);
  if (Array.isArray(coordinate)) {
    longitude = numberOf(coordinate[0]);
    latitude = numberOf(coordinate[1]);
  } else if (coordinate && typeof coordinate === 'object') {
    longitude = numberOf((coordinate as Raw).longitude);
    latitude = numberOf((coordinate as Raw).latitude);
  }
  if (longitude === undefined || latitude === undefined) return undefined;
  return {
    code: String(raw.code ?? raw.id ?? ''),
    name: String(raw.name ?? ''),
    longitude,
    latitude,
    populated: typeof raw.populated === 'boolean' ? raw.populated : null,
    outermostSmall: typeof raw.outermostSmall === 'boolean' ? raw.outermostSmall : null,
  };
}

/** True when a GraphQL error says a field or type is not in the schema (yet). */
export function isMissingFromSchema(message: string, name: string): boolean {
  return new RegExp(`(Cannot query field "${name}"|Unknown type "${name}")`).test(message);
}

/** The label of a reference, for styling rows of tables. */
export function refLabel(ref: string): string {
  return parseRef(ref)?.label ?? '';
}
