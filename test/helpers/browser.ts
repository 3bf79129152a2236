import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';

/**
 * Browser tests drive a real headless Chromium through puppeteer-core, which never
 * downloads a browser: it uses the one on the machine (`.ci/run` installs Debian's
 * `chromium` when none is found). Without one, the browser tests skip and say so.
 */

/** Where Chromium is looked for after CHROME_PATH, in this order (`.ci/run` checks the same). */
export const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'] as const;

export const SKIP_LINE = 'browser tests skipped: no Chromium found (set CHROME_PATH or apt-get install chromium)';

/** Folder for screenshots (git-ignored); look at them after a run. */
export const ARTIFACTS_DIR = path.resolve(__dirname, '..', '..', 'test-artifacts');

/** The Chromium to use: CHROME_PATH when it names a file, else the first usual path that exists. */
export function findChromium(
  env: Readonly<Record<string, string | undefined>> = process.env,
  exists: (file: string) => boolean = fs.existsSync,
): string | undefined {
  const candidates = [env.CHROME_PATH, ...CHROMIUM_PATHS].filter((file): file is string => !!file);
  return candidates.find((file) => exists(file));
}

/** Launches headless Chromium, or answers null when there is none on the machine. */
export async function launchBrowser(): Promise<Browser | null> {
  const executablePath = findChromium();
  if (!executablePath) return null;
  return puppeteer.launch({
    executablePath,
    headless: true,
    // Root (CI, this machine) cannot use Chromium's sandbox; /dev/shm may be small in containers.
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
  });
}

/** True for addresses on this machine, and for URLs that load nothing from any network. */
export function isLocalUrl(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** Every request a page made, in order, so a test can assert none left this machine. */
export interface RequestLog {
  readonly urls: readonly string[];
  /** The requests that went for anywhere but 127.0.0.1 / localhost (they are recorded, then aborted). */
  external(): string[];
}

/**
 * Records every request the page (and its frames) makes from now on. A request for
 * anywhere off this machine is recorded and aborted, so a test that catches one sends no
 * traffic out (request interception also turns the page's HTTP cache off).
 */
export async function recordRequests(page: Page): Promise<RequestLog> {
  const urls: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    urls.push(url);
    void (isLocalUrl(url) ? request.continue() : request.abort('blockedbyclient'));
  });
  return { urls, external: () => urls.filter((url) => !isLocalUrl(url)) };
}

/** Saves a full-page PNG as test-artifacts/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file as `${string}.png`, fullPage: true });
  return file;
}

/** A tiny HTTP server on 127.0.0.1 serving fixed pages: a page on an origin of its own. */
export interface PageServer {
  /** e.g. http://127.0.0.1:41234 */
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves `pages` (path → HTML) on a free port; anything else is 404. */
export async function servePages(pages: Readonly<Record<string, string>>): Promise<PageServer> {
  const server = http.createServer((req, res) => {
    const page = pages[new URL(req.url ?? '/', 'http://127.0.0.1').pathname];
    res.writeHead(page === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // The browser keeps connections alive; close would wait for them otherwise.
        server.closeAllConnections();
      }),
  };
}

/** What a browser test gets: a fresh page whose requests are recorded. */
export interface BrowserSession {
  readonly browser: Browser;
  newPage(): Promise<{ page: Page; requests: RequestLog }>;
}

/**
 * A describe block with one headless Chromium for its tests, closed after them; every page
 * opened through the session is closed after its test. Without Chromium the block is
 * skipped (its tests count as skipped) and one plain line on stderr says why.
 */
export function describeWithBrowser(name: string, fn: (session: BrowserSession) => void): void {
  if (!findChromium()) {
    process.stderr.write(`${SKIP_LINE}\n`);
    describe.skip(name, () => fn(unavailableSession));
    return;
  }
  describe(name, () => {
    let browser: Browser | null = null;
    const pages: Page[] = [];
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterEach(async () => {
      await Promise.all(pages.splice(0).map((page) => page.close()));
    });
    afterAll(async () => {
      await browser?.close();
    });
    const current = (): Browser => {
      if (!browser) throw new Error('The browser is used before its beforeAll launched it.');
      return browser;
    };
    fn({
      get browser() {
        return current();
      },
      async newPage() {
        const page = await current().newPage();
        pages.push(page);
        return { page, requests: await recordRequests(page) };
      },
    });
  });
}

const unavailableSession: BrowserSession = {
  get browser(): Browser {
    throw new Error(SKIP_LINE);
  },
  newPage: () => Promise.reject(new Error(SKIP_LINE)),
};
