/** A few DOM helpers, so views read as the markup they build. */
import { csvFileName, toCsv } from './csv';
import type { Cell } from './csv';

type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

/** Creates an element: `h('a', { href }, 'text')`; `on…` attributes become listeners. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element. */
export function s(tag: string, attributes: Attributes = {}, ...children: Child[]): SVGElement {
  const element = document.createElementNS(SVG_NS, tag) as SVGElement;
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

function setAttributes(element: Element, attributes: Attributes): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== undefined && value !== false) element.setAttribute(name, String(value));
  }
}

function append(element: Element, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
}

/** A column of a data table: its header and how to read a row's cell. */
export interface Column<Row> {
  readonly header: string;
  readonly value: (row: Row) => Cell;
  /** A link for the cell, when it names something with a page. */
  readonly href?: (row: Row) => string | undefined;
}

/** Offers text as a file download (the CSV beside a picture). */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = h('a', { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A table of rows with a caption and a "Download CSV" button: the view beside every picture. */
export function dataTable<Row>(title: string, columns: readonly Column<Row>[], rows: readonly Row[]): HTMLElement {
  const headers = columns.map((c) => c.header);
  const csv = (): string => toCsv(headers, rows.map((row) => columns.map((c) => c.value(row))));
  const body = rows.map((row) =>
    h('tr', {}, ...columns.map((c) => {
      const value = c.value(row);
      const text = value === null || value === undefined ? '' : String(value);
      const href = c.href?.(row);
      return h('td', {}, href ? h('a', { href }, text) : text);
    })),
  );
  return h('section', { class: 'data-table', 'aria-label': title },
    h('div', { class: 'table-head' },
      h('h3', {}, title, ' ', h('span', { class: 'count' }, `(${rows.length})`)),
      h('button', { type: 'button', class: 'csv', 'aria-label': `Download ${title} as CSV`, onclick: () => download(csvFileName(title), csv()) }, 'Download CSV'),
    ),
    h('div', { class: 'scroll' },
      h('table', {},
        h('thead', {}, h('tr', {}, ...headers.map((header) => h('th', { scope: 'col' }, header)))),
        h('tbody', {}, ...body),
      ),
    ),
  );
}

/** Replaces an element's content. */
export function replace(element: Element, ...children: Child[]): void {
  element.replaceChildren();
  append(element, children);
}

/** A message of an error, loading state or empty result, announced to screen readers. */
export function notice(text: string, kind: 'info' | 'error' = 'info'): HTMLElement {
  return h('p', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}
