import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { EXPLORER_PATH } from './explorer';

/** Added to the landing page's offline notice, which Apollo shows when Sandbox cannot load. */
export const EXPLORER_LINK = `<p>Offline, or rather use GraphiQL? The API serves its own explorer at <a href="${EXPLORER_PATH}">${EXPLORER_PATH}</a>.</p>`;

/**
 * Wraps Apollo's landing page plugin so its page links to the offline explorer: Sandbox
 * loads from Apollo's CDN, so without the internet the page would otherwise be a dead end.
 */
export function withExplorerLink<TContext extends BaseContext>(landingPage: ApolloServerPlugin<TContext>): ApolloServerPlugin<TContext> {
  return {
    async serverWillStart(service) {
      const listener = await landingPage.serverWillStart?.(service);
      const render = listener?.renderLandingPage;
      if (!listener || !render) return listener;
      return {
        ...listener,
        async renderLandingPage() {
          const page = await render();
          const html = typeof page.html === 'string' ? page.html : await page.html();
          return { html: addExplorerLink(html) };
        },
      };
    },
  };
}

/** Puts the link first in Apollo's offline notice (`<div class="fallback">`), or at the end of the page. */
export function addExplorerLink(html: string): string {
  const notice = '<div class="fallback">';
  return html.includes(notice) ? html.replace(notice, `${notice}\n  ${EXPLORER_LINK}`) : `${html}\n${EXPLORER_LINK}`;
}
