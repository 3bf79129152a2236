/**
 * A regency's islands as points on a plain equirectangular map drawn in SVG from their
 * coordinates (no tile server), outermost small islands marked. The API gains islands
 * later: until `Regency.islands` exists the page says so instead of failing.
 */
import { request } from '../api';
import type { GraphQLResult } from '../api';
import { dataTable, h, notice, s } from '../dom';
import { islandOf, isMissingFromSchema } from '../graph-data';
import type { IslandData } from '../graph-data';
import { fitEquirectangular } from '../projection';
import { ISLANDS_PAGE } from '../queries';
import { entityHref, routeHref } from '../route';

interface IslandsData {
  readonly regency: {
    code: string;
    name: string;
    islands: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: Record<string, unknown> }> };
  } | null;
}

type Answer = { kind: 'islands'; regency: { code: string; name: string }; islands: IslandData[] } | { kind: 'none' } | { kind: 'noRegency' };

/** Every island of a regency, page by page; 'none' when the API has no islands at all (an older server). */
async function fetchIslands(code: string): Promise<Answer> {
  const islands: IslandData[] = [];
  let after: string | null = null;
  for (;;) {
    const result: GraphQLResult<IslandsData> = await request<IslandsData>(ISLANDS_PAGE, { code, after });
    const messages = (result.errors ?? []).map((e) => e.message);
    if (messages.some((m) => isMissingFromSchema(m, 'islands'))) return { kind: 'none' };
    if (messages.length > 0) throw new Error(messages.join('; '));
    const regency: IslandsData['regency'] | undefined = result.data?.regency;
    if (!regency) return { kind: 'noRegency' };
    islands.push(...regency.islands.edges.map((e) => islandOf(e.node)).filter((i): i is IslandData => i !== undefined));
    if (!regency.islands.pageInfo.hasNextPage) return { kind: 'islands', regency: { code: regency.code, name: regency.name }, islands };
    after = regency.islands.pageInfo.endCursor;
  }
}

const WIDTH = 720;
const HEIGHT = 480;

function islandMap(islands: IslandData[]): SVGElement {
  const project = fitEquirectangular(islands, WIDTH, HEIGHT, 40);
  return s('svg', { class: 'map', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': `${islands.length} islands on an equirectangular map` },
    s('rect', { x: 0, y: 0, width: WIDTH, height: HEIGHT, class: 'sea' }),
    ...islands.map((island) => {
      const { x, y } = project(island);
      return s('a', { href: entityHref(`Island:${island.code}`), class: 'island' },
        s('title', {}, `${island.name} (${island.latitude.toFixed(3)}, ${island.longitude.toFixed(3)})`),
        island.outermostSmall
          ? s('rect', { x: x - 6, y: y - 6, width: 12, height: 12, class: 'outermost', transform: `rotate(45 ${x} ${y})` })
          : s('circle', { cx: x, cy: y, r: 5, class: island.populated ? 'populated' : 'unpopulated' }),
        // Names of points in the right part of the map go to their left, so none runs off it.
        x > WIDTH * 0.65 ? s('text', { x: x - 8, y: y + 4, 'text-anchor': 'end' }, island.name) : s('text', { x: x + 8, y: y + 4 }, island.name),
      );
    }),
  );
}

export async function islandsView(root: HTMLElement, code: string): Promise<string> {
  root.append(h('h1', { tabindex: -1 }, 'Islands of ', h('a', { href: routeHref({ view: 'entity', label: 'Regency', key: code }) }, code)));
  const status = root.appendChild(notice('Loading…'));
  const answer = await fetchIslands(code);
  status.remove();
  if (answer.kind === 'none') {
    root.append(notice('No island data yet: the API does not list islands.'));
    return `Islands of ${code}`;
  }
  if (answer.kind === 'noRegency') {
    root.append(notice(`There is no regency or city ${code}.`, 'error'));
    return `Islands of ${code}`;
  }
  root.querySelector('h1 a')!.textContent = answer.regency.name;
  if (answer.islands.length === 0) {
    root.append(notice(`${answer.regency.name} has no islands in the graph.`));
    return `Islands of ${answer.regency.name}`;
  }
  root.append(
    h('figure', { class: 'picture', 'data-rendered-nodes': answer.islands.length }, islandMap(answer.islands),
      h('figcaption', {}, h('ul', { class: 'legend' },
        h('li', {}, h('span', { class: 'dot populated' }), 'populated'),
        h('li', {}, h('span', { class: 'dot unpopulated' }), 'unpopulated or unknown'),
        h('li', {}, h('span', { class: 'diamond' }), 'outermost small island (pulau-pulau kecil terluar)'),
      ), 'North is up; longitudes scaled by the cosine of the middle latitude.')),
    dataTable('Islands', [
      { header: 'Island', value: (i: IslandData) => i.name, href: (i) => entityHref(`Island:${i.code}`) },
      { header: 'Code', value: (i) => i.code },
      { header: 'Latitude', value: (i) => i.latitude },
      { header: 'Longitude', value: (i) => i.longitude },
      { header: 'Populated', value: (i) => i.populated },
      { header: 'Outermost small', value: (i) => i.outermostSmall },
    ], answer.islands),
  );
  return `Islands of ${answer.regency.name}`;
}
