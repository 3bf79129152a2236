import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { EXPLORE_PATH } from '../explore/serve';
import { EXPLORER_PATH } from './explorer';

/** Added to the landing page's offline notice, which Apollo shows when Sandbox cannot load. */
export const EXPLORER_LINK = `<p>Without the internet, use what this API serves itself: GraphiQL at <a href="${EXPLORER_PATH}">${EXPLORER_PATH}</a>, and the graph explorer at <a href="${EXPLORE_PATH}">${EXPLORE_PATH}</a>.</p>`;

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

/**
 * Puts the link last in Apollo's offline notice (`<div class="fallback">`), or at the end of
 * the page. Offline, Sandbox's container stays empty but still covers the page, so a style
 * (with the page's CSP nonce) lets clicks through an empty container to the link.
 */
export function addExplorerLink(html: string): string {
  const nonce = /nonce="?([\w+/=-]+)"?/.exec(html)?.[1];
  const style = `<style${nonce ? ` nonce="${nonce}"` : ''}>#embeddableSandbox:empty { pointer-events: none; }</style>`;
  const notice = html.indexOf('<div class="fallback">');
  const end = notice < 0 ? -1 : html.indexOf('</div>', notice);
  if (end < 0) return `${html}\n${EXPLORER_LINK}`;
  return `${html.slice(0, end)}  ${EXPLORER_LINK}\n${html.slice(end)}${style}\n`;
}
