import { h } from '../dom';
import { routeHref } from '../route';
import type { Route } from '../route';

const EXAMPLES: Array<[string, Route]> = [
  ['Kabupaten Serang: its agencies, officials and the MoU with Banyuwangi', { view: 'entity', label: 'Regency', key: '36.04' }],
  ['Ratu Tatu Chasanah, Bupati Serang', { view: 'entity', label: 'Official', key: 'ratu-tatu-chasanah' }],
  ['Who surrounds Ratu Tatu Chasanah (two hops)', { view: 'neighbourhood', ref: 'Official:ratu-tatu-chasanah', depth: 2 }],
  ['How Anang Mulyana is connected to Abdullah Azwar Anas', { view: 'path', from: 'Official:anang-mulyana', to: 'Official:abdullah-azwar-anas', maxLength: 6 }],
  ['How Banyuwangi’s tourism programs spread', { view: 'diffusion', programId: '35.10-tourism-development-programs' }],
  ['The cooperation network of Jawa Timur on tourism', { view: 'network', province: '35', sector: 'tourism', fromYear: '', toYear: '' }],
  ['The seed article and every fact it states', { view: 'entity', label: 'Source', key: 'bantenheadline-2017-03-mou-serang-banyuwangi' }],
];

export function homeView(root: HTMLElement): string {
  root.append(
    h('h1', { tabindex: -1 }, 'Explore the graph of Indonesia’s local governments'),
    h('p', {}, 'Search a regency or city, an official, an agency or a program above (“Kab. Serang”, “Pemkab Banyuwangi”, “Dinkes”, “Tatu”), or start from one of these:'),
    h('ul', { class: 'examples' }, ...EXAMPLES.map(([text, route]) => h('li', {}, h('a', { href: routeHref(route) }, text)))),
    h('p', {}, 'Every picture has a table and a CSV download beside it, and every curated fact shows its quote, its source and whether something was inferred.'),
  );
  return 'Explorer';
}
