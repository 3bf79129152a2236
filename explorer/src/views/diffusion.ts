/**
 * How a program spread, as a tree (d3-hierarchy lays it out; plain SVG draws it): the
 * program at the root, its origin, then who adopted it from whom. The timeline of
 * adoptions, with quotes, sits beside it as a table.
 */
import { stratify, tree } from 'd3-hierarchy';
import { query } from '../api';
import { dataTable, h, notice, s } from '../dom';
import { colourOf, diffusionRows } from '../graph-data';
import type { DiffusionTreeData, ProvenanceData, TreeRow } from '../graph-data';
import { provenanceBlock } from '../provenance';
import { DIFFUSION } from '../queries';
import { entityHref, routeHref } from '../route';

interface Government {
  readonly code: string;
  readonly name: string;
}

interface Adoption {
  readonly government: Government;
  readonly from: Government | null;
  readonly status: string;
  readonly date: string | null;
  readonly generation: number | null;
  readonly provenance: ProvenanceData[];
}

interface DiffusionData {
  readonly programDiffusion: {
    program: { key: string; name: string };
    origin: { government: Government; provenance: ProvenanceData[] } | null;
    adoptions: Adoption[];
    tree: DiffusionTreeData[];
  } | null;
}

/** Room for one government across, and for one generation down. */
const NODE_WIDTH = 220;
const LEVEL_HEIGHT = 100;
const NAME_CHARACTERS = 26;

function regencyHref(code: string): string {
  return routeHref({ view: 'entity', label: 'Regency', key: code });
}

function role(node: DiffusionTreeData | null): string {
  if (!node) return 'program';
  if (node.isOrigin) return 'origin';
  return [node.adoptionStatus ? `adoption ${node.adoptionStatus.toLowerCase().replace('_', ' ')}` : '', node.runs ? 'runs it' : ''].filter(Boolean).join(', ') || 'linked';
}

function shorten(name: string): string {
  return name.length > NAME_CHARACTERS ? `${name.slice(0, NAME_CHARACTERS - 1)}…` : name;
}

/** The tree drawn top down: the program, then one row per generation. */
function treeSvg(rows: TreeRow[]): SVGElement {
  const root = stratify<TreeRow>().id((r) => r.id).parentId((r) => r.parentId)(rows);
  const laidOut = tree<TreeRow>().nodeSize([NODE_WIDTH, LEVEL_HEIGHT])(root);
  const nodes = laidOut.descendants();
  const minX = Math.min(...nodes.map((n) => n.x));
  const maxX = Math.max(...nodes.map((n) => n.x));
  const depth = Math.max(...nodes.map((n) => n.depth));
  const width = maxX - minX + NODE_WIDTH + 40;
  const height = depth * LEVEL_HEIGHT + 70;
  const at = (n: { x: number; y: number }): [number, number] => [n.x - minX + NODE_WIDTH / 2 + 20, n.y + 20];
  return s('svg', { class: 'tree', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': `Diffusion tree: ${nodes.length - 1} governments` },
    ...laidOut.links().map((link) => {
      const [x1, y1] = at(link.source);
      const [x2, y2] = at(link.target);
      const status = link.target.data.node?.adoptionStatus;
      return s('path', { class: `link ${status === 'PLANNED' ? 'planned' : ''}`, d: `M${x1},${y1} C${x1},${(y1 + y2) / 2} ${x2},${(y1 + y2) / 2} ${x2},${y2}` });
    }),
    ...nodes.map((n) => {
      const [x, y] = at(n);
      const node = n.data.node;
      const href = node ? regencyHref(node.government.code) : entityHref(n.data.id);
      return s('a', { href, class: 'tree-node', 'data-id': n.data.id },
        s('title', {}, n.data.name),
        s('circle', { cx: x, cy: y, r: 9, fill: node ? colourOf('Regency') : colourOf('Program'), class: node?.isOrigin ? 'origin' : '' }),
        s('text', { x, y: y + 24, 'text-anchor': 'middle' }, shorten(n.data.name)),
        s('text', { x, y: y + 38, 'text-anchor': 'middle', class: 'role' }, role(node)),
      );
    }),
  );
}

export async function diffusionView(root: HTMLElement, programId: string): Promise<string> {
  root.append(h('h1', { tabindex: -1 }, 'Diffusion of ', h('a', { href: entityHref(`Program:${programId}`) }, programId)));
  const status = root.appendChild(notice('Loading…'));
  const data = await query<DiffusionData>(DIFFUSION, { programId });
  status.remove();
  const d = data.programDiffusion;
  if (!d) {
    root.append(notice(`There is no program ${programId} in the graph.`, 'error'));
    return programId;
  }
  root.querySelector('h1 a')!.textContent = d.program.name;
  const rows = diffusionRows(d.program.key, d.program.name, d.tree);
  root.append(
    h('figure', { class: 'picture tree-figure', 'data-rendered-nodes': d.tree.length }, h('div', { class: 'scroll' }, treeSvg(rows)),
      h('figcaption', {}, 'Top down: the program, where it began, who adopted it from whom. A dashed line is a planned adoption. Click a government to open it.')),
    dataTable('Governments in the tree', [
      { header: 'Government', value: (n: DiffusionTreeData) => n.government.name, href: (n) => regencyHref(n.government.code) },
      { header: 'Code', value: (n) => n.government.code },
      { header: 'Adopted from', value: (n) => (n.parentRef ? d.tree.find((p) => p.ref === n.parentRef)?.government.name ?? n.parentRef : '') },
      { header: 'Generation', value: (n) => n.generation },
      { header: 'Origin', value: (n) => n.isOrigin },
      { header: 'Runs it', value: (n) => n.runs },
      { header: 'Adoption status', value: (n) => n.adoptionStatus },
    ], d.tree),
    dataTable('Adoptions (timeline)', [
      { header: 'Government', value: (a: Adoption) => a.government.name, href: (a) => regencyHref(a.government.code) },
      { header: 'From', value: (a) => a.from?.name, href: (a) => (a.from ? regencyHref(a.from.code) : undefined) },
      { header: 'Status', value: (a) => a.status },
      { header: 'Date', value: (a) => a.date },
      { header: 'Generation', value: (a) => a.generation },
      { header: 'Quote', value: (a) => a.provenance.map((p) => p.quote ?? '').join(' | ') },
      { header: 'Source', value: (a) => a.provenance.map((p) => p.source?.title ?? '').join(' | ') },
      { header: 'Inferred', value: (a) => a.provenance.some((p) => p.inferred) },
    ], d.adoptions),
  );
  if (d.origin) {
    root.append(h('section', { 'aria-label': 'Origin' }, h('h2', {}, 'Origin: ', h('a', { href: regencyHref(d.origin.government.code) }, d.origin.government.name)),
      ...d.origin.provenance.map(provenanceBlock)));
  }
  return `Diffusion of ${d.program.name}`;
}
