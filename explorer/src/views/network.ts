import { query } from '../api';
import { dataTable, h, notice } from '../dom';
import { cooperationElements } from '../graph-data';
import type { CooperationEdgeData, CooperationNodeData } from '../graph-data';
import { NETWORK, NETWORK_FILTERS } from '../queries';
import { entityHref, routeHref } from '../route';
import type { Route } from '../route';
import { FORCE_LAYOUT, graphPicture } from './graph-picture';

type NetworkRoute = Extract<Route, { view: 'network' }>;

interface FiltersData {
  readonly provinces: { edges: Array<{ node: { code: string; name: string } }> };
  readonly sectors: Array<{ key: string; name: string }>;
}

interface NetworkData {
  readonly cooperationNetwork: { nodes: CooperationNodeData[]; edges: Array<CooperationEdgeData & { provenance: Array<{ quote: string | null }> }> };
}

function select(id: string, label: string, value: string, options: Array<[string, string]>): HTMLElement {
  return h('div', {}, h('label', { for: id }, label),
    h('select', { id, name: id }, h('option', { value: '' }, 'any'), ...options.map(([v, text]) => h('option', { value: v, selected: v === value }, text))));
}

function yearInput(id: string, label: string, value: string): HTMLElement {
  return h('div', {}, h('label', { for: id }, label), h('input', { id, name: id, type: 'number', min: 1945, max: 2100, inputmode: 'numeric', value }));
}

/** The cooperation network: governments as nodes, agreements as edges, filtered by province, sector and years. */
export async function networkView(root: HTMLElement, route: NetworkRoute, navigate: (href: string) => void): Promise<string> {
  root.append(h('h1', { tabindex: -1 }, 'Cooperation network'));
  const filters = await query<FiltersData>(NETWORK_FILTERS);
  const form = h('form', { class: 'controls' },
    select('province', 'Province', route.province, filters.provinces.edges.map((e) => [e.node.code, `${e.node.name} (${e.node.code})`])),
    select('sector', 'Sector', route.sector, filters.sectors.map((sector) => [sector.key, sector.name])),
    yearInput('from', 'From year', route.fromYear),
    yearInput('to', 'To year', route.toYear),
    h('button', { type: 'submit' }, 'Show'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = (name: string): string => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
    navigate(routeHref({ view: 'network', province: value('province'), sector: value('sector'), fromYear: value('from'), toYear: value('to') }));
  });
  root.append(form);
  const status = root.appendChild(notice('Loading…'));
  const data = await query<NetworkData>(NETWORK, {
    provinceCode: route.province || null,
    sectorId: route.sector || null,
    from: /^\d{4}$/.test(route.fromYear) ? `${route.fromYear}-01-01` : null,
    to: /^\d{4}$/.test(route.toYear) ? `${route.toYear}-12-31` : null,
  });
  status.remove();
  const { nodes, edges } = data.cooperationNetwork;
  if (nodes.length === 0) {
    root.append(notice('No agreement matches these filters.'));
    return 'Cooperation network';
  }
  root.append(h('p', { class: 'summary' }, `${nodes.length} governments, ${edges.length} agreement links.`));
  graphPicture(root, 'Cooperation network', cooperationElements(nodes, edges), FORCE_LAYOUT, (id) => navigate(entityHref(id)));
  const names = new Map(nodes.map((n) => [n.ref, n.regency.name]));
  root.append(
    dataTable('Governments', [
      { header: 'Government', value: (n: CooperationNodeData) => n.regency.name, href: (n) => entityHref(n.ref) },
      { header: 'Code', value: (n) => n.regency.code },
      { header: 'Agreements', value: (n) => n.agreementCount },
      { header: 'Partners', value: (n) => n.partnerCount },
    ], nodes),
    dataTable('Agreements', [
      { header: 'Party', value: (e: NetworkData['cooperationNetwork']['edges'][number]) => names.get(e.source) ?? e.source, href: (e) => entityHref(e.source) },
      { header: 'Party', value: (e) => names.get(e.target) ?? e.target, href: (e) => entityHref(e.target) },
      { header: 'Agreement', value: (e) => e.agreement.title, href: (e) => entityHref(`Agreement:${e.agreement.key}`) },
      { header: 'Date', value: (e) => e.agreement.date },
      { header: 'Date inferred', value: (e) => e.agreement.dateInferred },
      { header: 'Sectors', value: (e) => e.sectors.map((sector) => sector.name).join(', ') },
      { header: 'Quote', value: (e) => e.provenance.map((p) => p.quote ?? '').join(' | ') },
    ], edges),
  );
  return 'Cooperation network';
}
