import type { PresetLayoutOptions } from 'cytoscape';
import { query } from '../api';
import { dataTable, h, notice } from '../dom';
import { graphElements, pathPositions } from '../graph-data';
import type { GraphEdgeData, GraphNodeData } from '../graph-data';
import { PATH } from '../queries';
import { entityHref, parseRef, routeHref } from '../route';
import type { Route } from '../route';
import { graphPicture } from './graph-picture';
import { NODE_COLUMNS, edgeColumns } from './neighbourhood';
import { searchBox } from './search';

interface PathData {
  readonly path: { length: number; nodes: GraphNodeData[]; edges: GraphEdgeData[] } | null;
}

/** The shortest path between two entities: a form, the path drawn as a line, its steps as a table. */
export async function pathView(root: HTMLElement, route: Extract<Route, { view: 'path' }>, navigate: (href: string) => void): Promise<string> {
  const from = searchBox({ label: 'From', name: 'from', placeholder: 'Official:anang-mulyana or a name', value: route.from, choose: (c) => { from.input.value = c.ref; } });
  const to = searchBox({ label: 'To', name: 'to', placeholder: 'Official:abdullah-azwar-anas or a name', value: route.to, choose: (c) => { to.input.value = c.ref; } });
  const maxLength = h('input', { id: 'max-length', name: 'maxLength', type: 'number', min: 1, max: 10, value: route.maxLength });
  const submit = (event: Event): void => {
    event.preventDefault();
    navigate(routeHref({ view: 'path', from: from.input.value.trim(), to: to.input.value.trim(), maxLength: Number(maxLength.value) || 6 }));
  };
  root.append(
    h('h1', { tabindex: -1 }, 'Shortest path'),
    h('form', { class: 'controls path-form', onsubmit: submit },
      from.element, to.element,
      h('div', {}, h('label', { for: 'max-length' }, 'At most (relationships)'), maxLength),
      h('button', { type: 'submit' }, 'Find the path'),
    ),
  );
  if (!route.from || !route.to) {
    root.append(notice('Give two entities: a reference such as Official:ratu-tatu-chasanah or Regency:36.04, or pick one from the suggestions.'));
    return 'Shortest path';
  }
  for (const ref of [route.from, route.to]) {
    if (!parseRef(ref)) {
      root.append(notice(`“${ref}” is not a reference (Label:key, e.g. Regency:36.04); pick a suggestion.`, 'error'));
      return 'Shortest path';
    }
  }
  const status = root.appendChild(notice('Looking for a path…'));
  const data = await query<PathData>(PATH, { from: route.from, to: route.to, maxLength: route.maxLength });
  status.remove();
  const path = data.path;
  if (!path) {
    root.append(notice(`No path of at most ${route.maxLength} relationships joins ${route.from} and ${route.to}.`));
    return 'Shortest path';
  }
  const names = new Map(path.nodes.map((n) => [n.ref, n.displayName]));
  root.append(h('p', { class: 'summary' }, `${path.length} relationship${path.length === 1 ? '' : 's'}: `, ...path.nodes.flatMap((n, i) => [i > 0 ? ' → ' : '', h('a', { href: entityHref(n.ref) }, n.displayName)])));
  const perRow = Math.max(2, Math.floor((root.clientWidth || 800) / 170));
  const positions = pathPositions(path.nodes.length, perRow);
  const layout: PresetLayoutOptions = { name: 'preset', positions: Object.fromEntries(path.nodes.map((n, i) => [n.ref, positions[i]!])), padding: 40 };
  const picture = graphPicture(root, 'Shortest path', graphElements(path.nodes, path.edges, path.nodes[0]?.ref), layout, (id) => navigate(entityHref(id)));
  picture.element.classList.add('short');
  root.append(dataTable('Steps', edgeColumns(names), path.edges), dataTable('Nodes on the path', NODE_COLUMNS, path.nodes));
  return `Path ${names.get(route.from) ?? route.from} → ${names.get(route.to) ?? route.to}`;
}
