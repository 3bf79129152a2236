import type http from 'node:http';
import path from 'node:path';
import { projectRoot } from '../common/paths';
import { ErrorCode } from '../errors/codes';
import { sendError } from '../http/responses';
import { StaticBundle, isBundleFileName } from '../http/static-bundle';

/** Where `npm run build` puts the explorer app, and where the server serves it from. */
export function explorerDist(root = projectRoot()): string {
  return path.join(root, 'dist', 'explore');
}

/** Where the explorer is served; its routes are client-side, so every page is /explore/…. */
export const EXPLORE_PATH = '/explore';

const PAGE = 'index.html';

export function isExplorerPath(pathname: string): boolean {
  return pathname === EXPLORE_PATH || pathname.startsWith(`${EXPLORE_PATH}/`);
}

/** What a request under /explore asks for: a built file, the app's page for a client route, or nothing servable. */
export type ExplorerTarget = { kind: 'file'; name: string } | { kind: 'page' } | { kind: 'refused'; code: ErrorCode; message: string };

/**
 * Reads a path under /explore. A last segment ending in the extension of a file type the
 * build writes (".js", ".css", ...) names a built file (404 when missing, never the page,
 * so a broken script tag fails loudly); anything else, "/explore/regency/36.04" included,
 * is a client route answered by index.html. Decoding happens once, here; the name is looked
 * up among the bundle's own files only, so "%2e%2e%2f" and the like find nothing.
 */
export function explorerTarget(pathname: string): ExplorerTarget {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(EXPLORE_PATH.length));
  } catch {
    return { kind: 'refused', code: ErrorCode.BAD_USER_INPUT, message: `The path ${pathname} is not valid percent-encoding.` };
  }
  if (relative.includes('\0')) return { kind: 'refused', code: ErrorCode.BAD_USER_INPUT, message: 'The path holds a NUL character.' };
  const last = relative.split(/[/\\]/).pop() ?? '';
  return isBundleFileName(last) ? { kind: 'file', name: relative.replace(/^\//, '') } : { kind: 'page' };
}

/**
 * The handler of /explore and /explore/*: the files `npm run build` bundled into `root`
 * (dist/explore), read once now, and index.html for the app's own routes. File names carry
 * no content hash, so the browser revalidates each time (cheap on localhost).
 */
export function createExplorerHandler(root: string): (req: http.IncomingMessage, res: http.ServerResponse, pathname: string) => void {
  const bundle = StaticBundle.load(root);
  return (req, res, pathname) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, ErrorCode.METHOD_NOT_ALLOWED, `The explorer answers GET and HEAD, not ${req.method}.`, { allow: 'GET, HEAD' });
      return;
    }
    const target = explorerTarget(pathname);
    if (target.kind === 'refused') {
      sendError(res, target.code, target.message);
      return;
    }
    if (bundle.send(req, res, target.kind === 'file' ? target.name : PAGE, { 'cache-control': 'no-cache' })) return;
    if (target.kind === 'page') sendError(res, ErrorCode.SERVICE_UNAVAILABLE, 'The explorer is not built: run `npm run build`.');
    else sendError(res, ErrorCode.NOT_FOUND, `The explorer has no file at ${pathname}.`);
  };
}
