import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';

/** The file types `npm run build` writes into a bundle folder; other files are not served. */
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

/** Whether a file name ends in the extension of a type a bundle may hold (".js", ".css", ...). */
export function isBundleFileName(name: string): boolean {
  return path.extname(name).toLowerCase() in CONTENT_TYPES;
}

/**
 * A folder `npm run build` wrote (GraphiQL's in dist/explorer, the graph explorer's in
 * dist/explore), read into memory once when the server starts: a request never touches the
 * disk, and since only the names read are served, no path a client sends can reach a file
 * outside the folder or in a sub-folder. A build after the start is seen after a restart.
 */
export class StaticBundle {
  private constructor(private readonly files: ReadonlyMap<string, Buffer>) {}

  /** Reads the files of `dir` of a known type; an absent folder is an empty bundle (not built). */
  static load(dir: string): StaticBundle {
    const files = new Map<string, Buffer>();
    const entries = fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : [];
    for (const entry of entries) {
      if (entry.isFile() && isBundleFileName(entry.name)) files.set(entry.name, fs.readFileSync(path.join(dir, entry.name)));
    }
    return new StaticBundle(files);
  }

  has(name: string): boolean {
    return this.files.has(name);
  }

  /**
   * Answers with a file of the bundle (its bytes for GET, only its headers for HEAD), its
   * content type and `headers`; false, with nothing sent, when the bundle has no such file.
   */
  send(req: http.IncomingMessage, res: http.ServerResponse, name: string, headers: Readonly<Record<string, string>>): boolean {
    const body = this.files.get(name);
    if (!body) return false;
    res.writeHead(200, {
      ...headers,
      'content-type': CONTENT_TYPES[path.extname(name).toLowerCase()],
      'content-length': String(body.length),
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  }
}
