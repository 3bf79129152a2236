import { query } from '../api';
import { dataTable, h, notice } from '../dom';
import type { Column } from '../dom';
import { graphElements, refLabel } from '../graph-data';
import type { GraphEdgeData, GraphNodeData } from '../graph-data';
import { NEIGHBOURHOOD } from '../queries';
import { entityHref, routeHref } from '../route';
import type { Route } from '../route';
import { FORCE_LAYOUT, graphPicture } from './graph-picture';

interface NeighbourhoodData {
  readonly neighbourhood: { nodes: GraphNodeData[]; edges: GraphEdgeData[]; truncated: boolean; reachable: number } | null;
}

export const NODE_COLUMNS: readonly Column<GraphNodeData>[] = [
  { header: 'Reference', value: (n) => n.ref, href: (n) => entityHref(n.ref) },
  { header: 'Name', value: (n) => n.displayName },
  { header: 'Label', value: (n) => n.label },
  { header: 'Kind', value: (n) => n.kind },
  { header: 'Hops', value: (n) => n.hops },
];

export function edgeColumns(names: ReadonlyMap<string, string>): Column<GraphEdgeData>[] {
  const quotes = (e: GraphEdgeData): string => e.provenance.map((p) => p.quote ?? '').filter(Boolean).join(' | ');
  return [
    { header: 'From', value: (e) => names.get(e.source) ?? e.source, href: (e) => entityHref(e.source) },
    { header: 'Relationship', value: (e) => e.type },
    { header: 'To', value: (e) => names.get(e.target) ?? e.target, href: (e) => entityHref(e.target) },
    { header: 'Quote', value: quotes },
    { header: 'Source', value: (e) => e.provenance.map((p) => p.source?.title ?? '').filter(Boolean).join(' | ') },
    { header: 'Inferred', value: (e) => (e.provenance.length === 0 ? '' : e.provenance.some((p) => p.inferred)) },
  ];
}

/** The ego network of an entity, depth 1 to 3, as a picture and two tables. */
export async function neighbourhoodView(root: HTMLElement, route: Extract<Route, { view: 'neighbourhood' }>, navigate: (href: string) => void): Promise<string> {
  const depthSelect = h('select', { id: 'depth', name: 'depth' }, ...[1, 2, 3].map((d) => h('option', { value: d, selected: d === route.depth }, String(d))));
  depthSelect.addEventListener('change', () => navigate(routeHref({ ...route, depth: Number(depthSelect.value) })));
  root.append(
    h('h1', { tabindex: -1 }, 'Neighbourhood of ', h('a', { href: entityHref(route.ref) }, route.ref)),
    h('form', { class: 'controls', onsubmit: (e: Event) => e.preventDefault() }, h('label', { for: 'depth' }, 'Depth (hops) '), depthSelect),
  );
  const status = root.appendChild(notice('Loading…'));
  const data = await query<NeighbourhoodData>(NEIGHBOURHOOD, { of: route.ref, depth: route.depth });
  status.remove();
  const n = data.neighbourhood;
  if (!n) {
    root.append(notice(`There is no entity ${route.ref} in the graph.`, 'error'));
    return route.ref;
  }
  const centre = n.nodes.find((node) => node.hops === 0);
  const heading = root.querySelector('h1 a');
  if (heading && centre) heading.textContent = centre.displayName;
  root.append(h('p', { class: 'summary' }, `${n.nodes.length} entities and ${n.edges.length} relationships within ${route.depth} hop${route.depth > 1 ? 's' : ''}`,
    n.truncated ? `; ${n.reachable} are within reach, the nearest ${n.nodes.length} are shown.` : '.'));
  graphPicture(root, 'Neighbourhood', graphElements(n.nodes, n.edges, centre?.ref), FORCE_LAYOUT, (id) => navigate(entityHref(id)));
  const names = new Map(n.nodes.map((node) => [node.ref, node.displayName]));
  root.append(dataTable('Nodes', NODE_COLUMNS, n.nodes), dataTable('Relationships', edgeColumns(names), n.edges));
  return `Neighbourhood of ${centre?.displayName ?? route.ref} (${refLabel(route.ref)})`;
}
