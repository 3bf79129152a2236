import fs from 'node:fs/promises';
import type http from 'node:http';
import path from 'node:path';
import { projectRoot } from '../common/paths';
import { ErrorCode } from '../errors/codes';
import { sendError } from '../http/responses';

/** Where `npm run build` puts the explorer app, and where the server serves it from. */
export function explorerDist(root = projectRoot()): string {
  return path.join(root, 'dist', 'explore');
}

/** Where the explorer is served; its routes are client-side, so every page is /explore/…. */
export const EXPLORE_PATH = '/explore';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export function isExplorerPath(pathname: string): boolean {
  return pathname === EXPLORE_PATH || pathname.startsWith(`${EXPLORE_PATH}/`);
}

/** What a request under /explore asks for: a built file, the app's page for a client route, or nothing servable. */
export type ExplorerTarget =
  | { kind: 'file'; file: string }
  | { kind: 'page' }
  | { kind: 'refused'; code: ErrorCode; message: string };

/**
 * Reads a path under /explore. A last segment ending in the extension of a file type the
 * build writes (".js", ".css", ...) names a built file (404 when missing, never the page,
 * so a broken script tag fails loudly); anything else, "/explore/regency/36.04" included,
 * is a client route answered by index.html. Decoding happens once, here, and the file must lie
 * inside `root` after resolving, so "%2e%2e%2f" and the like cannot leave it.
 */
export function explorerTarget(root: string, pathname: string): ExplorerTarget {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(EXPLORE_PATH.length));
  } catch {
    return { kind: 'refused', code: ErrorCode.BAD_USER_INPUT, message: `The path ${pathname} is not valid percent-encoding.` };
  }
  if (relative.includes('\0')) return { kind: 'refused', code: ErrorCode.BAD_USER_INPUT, message: 'The path holds a NUL character.' };
  const last = relative.split(/[/\\]/).pop() ?? '';
  if (!(path.extname(last).toLowerCase() in CONTENT_TYPES)) return { kind: 'page' };
  const file = path.resolve(root, `.${path.sep}${relative}`);
  if (!file.startsWith(root + path.sep)) return notFound(pathname);
  return { kind: 'file', file };
}

function notFound(pathname: string): ExplorerTarget {
  return { kind: 'refused', code: ErrorCode.NOT_FOUND, message: `The explorer has no file at ${pathname}.` };
}

async function readFileIfAny(file: string): Promise<Buffer | undefined> {
  try {
    const stat = await fs.stat(file);
    return stat.isFile() ? await fs.readFile(file) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The handler of /explore and /explore/*: the files `npm run build` bundled into `root`
 * (dist/explore), with their content types, and index.html for the app's own routes.
 */
export function createExplorerHandler(root: string): (req: http.IncomingMessage, res: http.ServerResponse, pathname: string) => Promise<void> {
  const base = path.resolve(root);
  return async (req, res, pathname) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, ErrorCode.METHOD_NOT_ALLOWED, `The explorer answers GET and HEAD, not ${req.method}.`, { allow: 'GET, HEAD' });
      return;
    }
    const target = explorerTarget(base, pathname);
    if (target.kind === 'refused') {
      sendError(res, target.code, target.message);
      return;
    }
    const file = target.kind === 'file' ? target.file : path.join(base, 'index.html');
    const body = await readFileIfAny(file);
    if (!body) {
      if (target.kind === 'page') sendError(res, ErrorCode.SERVICE_UNAVAILABLE, 'The explorer is not built: run `npm run build`.');
      else sendError(res, ErrorCode.NOT_FOUND, `The explorer has no file at ${pathname}.`);
      return;
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': body.length,
      // File names carry no hash, so the browser revalidates each time (cheap on localhost).
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
