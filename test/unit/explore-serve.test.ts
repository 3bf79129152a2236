import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createExplorerHandler, explorerTarget, isExplorerPath } from '../../src/explore/serve';

/** A real HTTP server with the explorer handler over a folder the test writes. */
describe('explorer static files', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-'));
  const outside = path.join(path.dirname(root), `secret-${path.basename(root)}.txt`);
  let server: http.Server;
  let origin: string;

  beforeAll(async () => {
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>explorer</title>');
    fs.writeFileSync(path.join(root, 'explorer.js'), 'console.log(1)');
    fs.writeFileSync(path.join(root, 'explorer.css'), 'body{}');
    fs.writeFileSync(outside, 'TOP-SECRET-CONTENT');
    fs.mkdirSync(path.join(root, 'folder.js'));
    const handle = createExplorerHandler(root);
    server = http.createServer((req, res) => {
      // Like src/server.ts, but with the raw path: no URL parser normalises ".." first.
      const pathname = (req.url ?? '/').split('?')[0]!;
      res.setHeader('x-request-id', 'test-request');
      if (isExplorerPath(pathname)) handle(req, res, pathname);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(outside, { force: true });
  });

  /** The API's error shape (src/http/responses.ts sendError), with the request id the server set. */
  const refusal = (code: string, message: string): unknown => ({ errors: [{ message, extensions: { code, requestId: 'test-request' } }] });

  const get = (pathname: string, method = 'GET'): Promise<{ status: number; type: string | null; body: string }> =>
    fetch(`${origin}${pathname}`, { method }).then(async (r) => ({ status: r.status, type: r.headers.get('content-type'), body: await r.text() }));

  it.each([
    ['/explore/explorer.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['/explore/explorer.css', 'text/css; charset=utf-8', 'body{}'],
    ['/explore/index.html', 'text/html; charset=utf-8', '<!doctype html><title>explorer</title>'],
  ])('serves %s as %s', async (pathname, type, body) => {
    expect(await get(pathname)).toEqual({ status: 200, type, body });
  });

  it.each(['/explore', '/explore/', '/explore/regency/36.04', '/explore/path', '/explore/neighbourhood/Official:ratu-tatu-chasanah'])(
    'answers the app page for the client route %s',
    async (pathname) => {
      const response = await get(pathname);
      expect(response).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
      expect(response.body).toContain('<title>explorer</title>');
    },
  );

  it('answers 404 with a code for a missing file, never the page', async () => {
    expect(explorerTarget('/explore/regency/36.04')).toEqual({ kind: 'page' });
    const response = await get('/explore/missing.js');
    expect(response.status).toBe(404);
    expect(JSON.parse(response.body)).toEqual(refusal('NOT_FOUND', 'The explorer has no file at /explore/missing.js.'));
    expect((await get('/explore/folder.js')).status).toBe(404);
  });

  it('serves the files read at start only: the bundle is read once, not per request', async () => {
    fs.writeFileSync(path.join(root, 'late.js'), 'console.log(2)');
    expect((await get('/explore/late.js')).status).toBe(404);
  });

  it.each([
    `/explore/..%2f${path.basename(outside)}`,
    `/explore/%2e%2e%2f${path.basename(outside)}`,
    `/explore/..%5c${path.basename(outside)}`,
    `/explore/../${path.basename(outside)}`,
    '/explore/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd.txt',
  ])('does not leave its folder for %s', async (pathname) => {
    const response = await get(pathname);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('TOP-SECRET-CONTENT');
  });

  it('refuses bad percent-encoding and NUL with 400, and methods other than GET and HEAD with 405', async () => {
    const badEncoding = await get('/explore/%E0%A4%A.js');
    expect(badEncoding.status).toBe(400);
    expect(JSON.parse(badEncoding.body)).toEqual(refusal('BAD_USER_INPUT', 'The path /explore/%E0%A4%A.js is not valid percent-encoding.'));
    expect((await get('/explore/a%00.js')).status).toBe(400);
    const post = await get('/explore/regency/36.04', 'POST');
    expect(post.status).toBe(405);
    expect(JSON.parse(post.body)).toEqual(refusal('METHOD_NOT_ALLOWED', 'The explorer answers GET and HEAD, not POST.'));
    const head = await get('/explore/explorer.js', 'HEAD');
    expect(head).toMatchObject({ status: 200, body: '' });
  });

  it('says the explorer is not built when there is no index.html', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-empty-'));
    try {
      expect(explorerTarget('/explore/regency/36.04')).toEqual({ kind: 'page' });
      const res = { status: 0, body: '', getHeader: () => undefined, writeHead(status: number) { this.status = status; }, end(body: string) { this.body = body; } };
      createExplorerHandler(empty)({ method: 'GET' } as http.IncomingMessage, res as unknown as http.ServerResponse, '/explore');
      expect(res.status).toBe(503);
      expect(JSON.parse(res.body)).toMatchObject({ errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
