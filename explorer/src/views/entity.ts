/**
 * The page of any entity: every field the API gives, relationships as links to their own
 * pages, and every curated fact's provenance (quote, source, inferred or not) in plain view.
 * One generic renderer reads the answer's shape, so each kind needs only its query.
 */
import { request } from '../api';
import { h, notice } from '../dom';
import { isMissingFromSchema } from '../graph-data';
import type { ProvenanceData } from '../graph-data';
import { provenanceBlock } from '../provenance';
import { entityQuery } from '../queries';
import { formatRef, labelOf, routeHref } from '../route';
import type { Label } from '../route';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Fields that name an entity: shown as its link, not again beside it. */
const IDENTITY = new Set(['__typename', 'code', 'key', 'name', 'title', 'text', 'shortName']);

/** "attestedOnInferred" → "Attested on inferred". */
export function humanise(field: string): string {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isObject(value: Json): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function displayName(object: JsonObject): string {
  const name = object.name ?? object.title ?? object.text ?? object.code ?? object.key;
  const short = typeof object.shortName === 'string' && object.shortName !== name ? ` (${object.shortName})` : '';
  return `${String(name)}${short}`;
}

/** The link to an object's page when it is an entity with a key, else undefined. */
function entityLink(object: JsonObject): HTMLElement | undefined {
  const label = typeof object.__typename === 'string' ? labelOf(object.__typename) : undefined;
  const key = object.key ?? object.code;
  if (!label || typeof key !== 'string') return undefined;
  return h('a', { href: routeHref({ view: 'entity', label, key }), class: `entity-link label-${label}` }, displayName(object));
}

/** A curated relationship a source states (Source.facts). */
function factBlock(f: JsonObject): HTMLElement {
  const end = (labelField: string, keyField: string, nameField: string): Node | string => {
    const label = labelOf(String(f[labelField]));
    const name = String(f[nameField] ?? f[keyField]);
    return label ? h('a', { href: routeHref({ view: 'entity', label, key: String(f[keyField]) }) }, name) : name;
  };
  return h('div', { class: 'sourced-fact' },
    h('p', {}, end('fromLabel', 'fromKey', 'fromName'), ' ', h('code', {}, String(f.type)), ' ', end('toLabel', 'toKey', 'toName')),
    provenanceBlock({ quote: typeof f.quote === 'string' ? f.quote : null, inferred: f.inferred === true, note: typeof f.note === 'string' ? f.note : null, source: null }),
  );
}

function renderValue(value: Json): Node {
  if (value === null) return h('span', { class: 'none' }, '—');
  if (typeof value === 'boolean') return document.createTextNode(value ? 'yes' : 'no');
  if (typeof value !== 'object') return document.createTextNode(String(value));
  if (Array.isArray(value)) {
    if (value.length === 0) return h('span', { class: 'none' }, 'none');
    return h('ul', { class: 'values' }, ...value.map((item) => h('li', {}, renderValue(item))));
  }
  if (value.__typename === 'Provenance') return provenanceBlock(value as unknown as ProvenanceData);
  if (value.__typename === 'SourcedFact') return factBlock(value);
  if ((Array.isArray(value.edges) || Array.isArray(value.nodes)) && typeof value.totalCount === 'number') return connectionList(value);
  const link = entityLink(value);
  const rest = Object.keys(value).filter((key) => !(link && IDENTITY.has(key)) && key !== '__typename');
  if (link && rest.length === 0) return link;
  // Inside a list, plain values read best on one line; an unknown one (null) is left out
  // there, while the entity's own fields (fieldList at the top) show it as "—".
  const scalars = rest.filter((key) => value[key] !== null && isInline(value[key] ?? null));
  const nested = rest.filter((key) => value[key] !== null && !isInline(value[key] ?? null));
  const line = [...(link ? [link] : []), ...scalars.map((key) => h('span', { class: 'meta' }, `${humanise(key)}: `, renderValue(value[key] ?? null)))];
  return h('div', { class: 'item' },
    h('p', { class: 'line' }, ...line.flatMap((part, i) => (i > 0 ? [' · ', part] : [part]))),
    nested.length > 0 ? fieldList(value, nested) : null,
  );
}

/** A plain value, or a bare link to an entity: short enough for one line. */
function isInline(value: Json): boolean {
  if (!isObject(value)) return !Array.isArray(value);
  return entityLink(value) !== undefined && Object.keys(value).every((key) => IDENTITY.has(key));
}

function connectionList(connection: JsonObject): Node {
  // A connection read through `nodes` or through `edges { node }`.
  const nodes = Array.isArray(connection.nodes) ? connection.nodes : (connection.edges as Json[]).map((edge) => (isObject(edge) ? edge.node : null));
  const shown = nodes.length < (connection.totalCount as number) ? `, the first ${nodes.length} shown` : '';
  return h('div', {}, h('p', {}, `${connection.totalCount} in all${shown}`), renderValue(nodes));
}

function fieldList(object: JsonObject, keys: readonly string[]): HTMLElement {
  return h('dl', {}, ...keys.flatMap((key) => [h('dt', {}, humanise(key)), h('dd', {}, renderValue(object[key] ?? null))]));
}

function isSection(value: Json): boolean {
  return Array.isArray(value) || (isObject(value) && (Array.isArray(value.edges) || Array.isArray(value.nodes)));
}

/** Links to the pictures that start from this entity. */
function pictureLinks(label: Label, key: string, entity: JsonObject): HTMLElement {
  const ref = formatRef(label, key);
  const links: Array<[string, string]> = [
    ['Neighbourhood graph', routeHref({ view: 'neighbourhood', ref, depth: 1 })],
    ['Shortest path from here', routeHref({ view: 'path', from: ref, to: '', maxLength: 6 })],
  ];
  if (label === 'Program') links.push(['Diffusion tree', routeHref({ view: 'diffusion', programId: key })]);
  if (label === 'Regency') {
    links.push(['Islands map', routeHref({ view: 'islands', regencyCode: key })]);
    const province = isObject(entity.province) ? String(entity.province.code) : '';
    links.push(['Cooperation network of its province', routeHref({ view: 'network', province, sector: '', fromYear: '', toYear: '' })]);
  }
  if (label === 'Province') links.push(['Cooperation network', routeHref({ view: 'network', province: key, sector: '', fromYear: '', toYear: '' })]);
  return h('nav', { class: 'pictures', 'aria-label': 'Pictures' }, ...links.map(([text, href]) => h('a', { href, class: 'button' }, text)));
}

/** Renders the page of `label:key` into `root`. */
export async function entityView(root: HTMLElement, label: Label, key: string): Promise<string> {
  const ref = formatRef(label, key);
  root.append(notice(`Loading ${ref}…`));
  const result = await request<{ entity: JsonObject | null }>(entityQuery(label), { ref });
  root.replaceChildren();
  const missing = result.errors?.find((e) => isMissingFromSchema(e.message, label));
  if (missing) {
    root.append(h('h1', { tabindex: -1 }, ref), notice(`No ${label.toLowerCase()} data yet: the API has no ${label} type.`));
    return ref;
  }
  if (result.errors?.length) {
    root.append(h('h1', { tabindex: -1 }, ref));
    throw new Error(result.errors.map((e) => e.message).join(' '));
  }
  const entity = result.data?.entity;
  if (!entity) {
    root.append(h('h1', { tabindex: -1 }, ref), notice(`There is no ${label.toLowerCase()} ${key} in the graph.`, 'error'));
    return ref;
  }
  const title = displayName(entity);
  const titleField = ['name', 'title', 'text'].find((k) => typeof entity[k] === 'string');
  const keys = Object.keys(entity).filter((k) => k !== '__typename' && k !== titleField);
  const sections = keys.filter((k) => isSection(entity[k] ?? null));
  const fields = keys.filter((k) => !sections.includes(k));
  root.append(
    h('p', { class: 'kind' }, h('span', { class: `badge label-${label}` }, label)),
    h('h1', { tabindex: -1 }, title),
    pictureLinks(label, key, entity),
    fieldList(entity, fields),
    ...sections.map((k) => h('section', { class: 'relationship', 'aria-label': humanise(k) }, h('h2', {}, humanise(k)), renderValue(entity[k] ?? null))),
  );
  return title;
}
