/**
 * The explorer's entry: a header with the search, one view per URL, client-side routing
 * (links and forms push history; back and forward re-render).
 */
import { h, notice } from './dom';
import { entityHref, parseRoute, routeHref } from './route';
import type { Route } from './route';
import { diffusionView } from './views/diffusion';
import { entityView } from './views/entity';
import { homeView } from './views/home';
import { islandsView } from './views/islands';
import { neighbourhoodView } from './views/neighbourhood';
import { networkView } from './views/network';
import { pathView } from './views/path';
import { searchBox } from './views/search';

const main = document.getElementById('view')!;

function navigate(href: string): void {
  if (href === location.pathname + location.search) return;
  history.pushState(null, '', href);
  window.scrollTo(0, 0);
  void render();
}

/** Draws the view of a route into `root`; answers the page title. */
function draw(root: HTMLElement, route: Route): Promise<string> | string {
  switch (route.view) {
    case 'home':
      return homeView(root);
    case 'entity':
      return entityView(root, route.label, route.key);
    case 'neighbourhood':
      return neighbourhoodView(root, route, navigate);
    case 'path':
      return pathView(root, route, navigate);
    case 'diffusion':
      return diffusionView(root, route.programId);
    case 'network':
      return networkView(root, route, navigate);
    case 'islands':
      return islandsView(root, route.regencyCode);
    case 'notFound':
      root.append(h('h1', { tabindex: -1 }, 'Not found'), notice(`The explorer has no page at ${route.path}.`, 'error'), h('a', { href: routeHref({ view: 'home' }) }, 'Back to the start'));
      return 'Not found';
  }
}

/**
 * Renders the current location into a fresh container: a slow answer for a page the reader
 * has already left then fills a container no longer shown, instead of the current page.
 */
async function render(): Promise<void> {
  const root = h('div', { class: 'page' });
  main.replaceChildren(root);
  main.setAttribute('aria-busy', 'true');
  try {
    const title = await draw(root, parseRoute(location.pathname, location.search));
    if (root.isConnected) document.title = `${title} · daerah-graph explorer`;
  } catch (error) {
    // A first request to a freshly started server may run out of time; the reader decides whether to ask again.
    root.append(
      notice(error instanceof Error ? error.message : String(error), 'error'),
      h('button', { type: 'button', class: 'retry', onclick: () => void render() }, 'Try again'),
    );
  } finally {
    if (root.isConnected) {
      main.setAttribute('aria-busy', 'false');
      root.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
    }
  }
}

/** Follows links inside the explorer without reloading; others (and modified clicks) go to the browser. */
document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element).closest('a');
  // SVG links (the tree, the map) are `a` elements too; read attributes, not HTML properties.
  const href = link?.getAttribute('href');
  if (!link || !href || link.hasAttribute('download') || link.getAttribute('target')) return;
  const url = new URL(href, location.href);
  if (url.origin !== location.origin || !(url.pathname === '/explore' || url.pathname.startsWith('/explore/'))) return;
  event.preventDefault();
  navigate(url.pathname + url.search);
});

window.addEventListener('popstate', () => void render());

const search = searchBox({
  label: 'Search',
  placeholder: 'Kab. Serang, Tatu, Dinkes…',
  choose: (choice) => {
    search.input.value = '';
    navigate(entityHref(choice.ref));
  },
});
document.getElementById('search')!.replaceChildren(search.element);
void render();
