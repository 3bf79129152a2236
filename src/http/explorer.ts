import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { ErrorCode } from '../errors';
import { projectRoot } from '../common/paths';
import { sendError } from './responses';

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

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Answers GET /graphiql (the page) and /graphiql/<bundle file>. */
export function serveExplorer(req: http.IncomingMessage, res: http.ServerResponse, url: URL, dir: string = path.join(projectRoot(), EXPLORER_DIR)): void {
  const name = url.pathname === EXPLORER_PATH || url.pathname === `${EXPLORER_PATH}/` ? EXPLORER_PAGE : url.pathname.slice(EXPLORER_PATH.length + 1);
  // Only plain file names of the bundle folder: no sub-folders, no way out of it.
  const type = TYPES[path.extname(name)];
  const file = path.join(dir, name);
  if (name !== path.basename(name) || type === undefined || !fs.existsSync(file)) {
    const hint = fs.existsSync(path.join(dir, EXPLORER_PAGE)) ? '' : ' The explorer is not built yet: run npm run build.';
    sendError(res, ErrorCode.NOT_FOUND, `Nothing at ${url.pathname}.${hint}`);
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendError(res, ErrorCode.METHOD_NOT_ALLOWED, `${url.pathname} answers GET only.`, { allow: 'GET, HEAD' });
    return;
  }
  const body = fs.readFileSync(file);
  res.writeHead(200, {
    'content-type': type,
    'content-length': String(body.length),
    'cache-control': name === EXPLORER_PAGE ? 'no-cache' : 'public, max-age=31536000, immutable',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
