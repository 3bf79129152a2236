import type http from 'node:http';
import path from 'node:path';
import { ErrorCode } from '../errors';
import { projectRoot } from '../common/paths';
import { sendError } from './responses';
import { StaticBundle } from './static-bundle';

/**
 * The offline explorer at /graphiql: GraphiQL bundled from npm at build time
 * (scripts/build-explorer.ts), served from dist/explorer. Its bundle names carry a content
 * hash, so they are cached for good; the page itself is revalidated.
 */

/** Where `npm run build` writes the explorer, relative to the repository root. */
export const EXPLORER_DIR = path.join('dist', 'explorer');
export const EXPLORER_PAGE = 'index.html';
export const EXPLORER_PATH = '/graphiql';

/**
 * The page may load only from this server (and data: URLs, which hold the bundled fonts),
 * so the browser itself enforces that the explorer never reaches the internet. GraphiQL
 * sets inline styles, hence 'unsafe-inline' for styles only.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The handler of /graphiql (the page) and /graphiql/<bundle file>, over the bundle in `dir`
 * read once now (src/http/static-bundle.ts).
 */
export function createGraphiqlHandler(dir: string = path.join(projectRoot(), EXPLORER_DIR)): (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => void {
  const bundle = StaticBundle.load(dir);
  return (req, res, url) => {
    const name = url.pathname === EXPLORER_PATH || url.pathname === `${EXPLORER_PATH}/` ? EXPLORER_PAGE : url.pathname.slice(EXPLORER_PATH.length + 1);
    if (!bundle.has(name)) {
      const hint = bundle.has(EXPLORER_PAGE) ? '' : ' The explorer is not built yet: run npm run build.';
      sendError(res, ErrorCode.NOT_FOUND, `Nothing at ${url.pathname}.${hint}`);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, ErrorCode.METHOD_NOT_ALLOWED, `${url.pathname} answers GET only.`, { allow: 'GET, HEAD' });
      return;
    }
    bundle.send(req, res, name, {
      'cache-control': name === EXPLORER_PAGE ? 'no-cache' : 'public, max-age=31536000, immutable',
      'content-security-policy': CONTENT_SECURITY_POLICY,
    });
  };
}
