/**
 * An interactive network picture (cytoscape.js on a canvas: drag, zoom, pan, click a node to
 * open its page), with a legend of the label colours.
 */
import cytoscape from 'cytoscape';
import type { CoseLayoutOptions, Core, LayoutOptions } from 'cytoscape';
import { h } from '../dom';
import { legendOf } from '../graph-data';
import type { ElementDefinition } from '../graph-data';

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: 'data(name)',
      'font-size': 10,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': '130px',
      // Labels give way when zoomed out, so a large neighbourhood stays legible; zoom in to read them.
      'min-zoomed-font-size': 7,
      color: '#1d1d1d',
      width: 22,
      height: 22,
    },
  },
  { selector: 'node.centre', style: { 'border-width': 4, 'border-color': '#111', width: 30, height: 30 } },
  { selector: 'node[weight]', style: { width: 'mapData(weight, 1, 10, 24, 48)', height: 'mapData(weight, 1, 10, 24, 48)' } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#9a9a9a',
      'line-style': 'dashed',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#9a9a9a',
      'curve-style': 'bezier',
      label: 'data(type)',
      'font-size': 7,
      'text-rotation': 'autorotate',
      color: '#555',
    },
  },
  { selector: 'edge[?curated]', style: { 'line-color': '#3a3a3a', 'target-arrow-color': '#3a3a3a', 'line-style': 'solid', width: 2 } },
];

export interface GraphPicture {
  readonly element: HTMLElement;
  readonly cy: Core;
}

/**
 * Draws `elements` into a new figure appended to `parent` (cytoscape needs the container in
 * the page to measure it). The figure carries the drawn node and edge counts as
 * data-rendered-nodes / data-rendered-edges, for tests and for curious readers.
 */
export function graphPicture(parent: HTMLElement, title: string, elements: ElementDefinition[], layout: LayoutOptions, open: (id: string) => void): GraphPicture {
  const canvas = h('div', { class: 'graph', role: 'img', 'aria-label': `${title}: a network picture; the tables below list the same nodes and relationships` });
  const labels = elements.filter((e) => e.group === 'nodes').map((e) => String(e.data.label));
  const legend = h('ul', { class: 'legend', 'aria-label': 'Colours by label' },
    ...legendOf(labels).map(({ label, colour }) => h('li', {}, h('span', { class: 'swatch', style: `background:${colour}` }), label)),
    h('li', {}, h('span', { class: 'edge-line solid' }), 'curated (with a source)'),
    h('li', {}, h('span', { class: 'edge-line dashed' }), 'backbone'),
  );
  const figure = h('figure', { class: 'picture' }, canvas, h('figcaption', {}, legend, h('span', { class: 'hint' }, 'Drag to move, scroll or pinch to zoom, click a node to open it.')));
  parent.append(figure);
  const cy = cytoscape({ container: canvas, elements: elements as cytoscape.ElementDefinition[], style: STYLE, layout, wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 4 });
  cy.on('tap', 'node', (event) => open(String(event.target.id())));
  figure.dataset.renderedNodes = String(cy.nodes().length);
  figure.dataset.renderedEdges = String(cy.edges().length);
  return { element: figure, cy };
}

/** A force-directed layout, computed at once (no animation), the same every time. */
export const FORCE_LAYOUT: CoseLayoutOptions = { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 60000, idealEdgeLength: () => 110, nodeOverlap: 20, padding: 20 };
