import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM_PATHS, describeWithBrowser, findChromium, isLocalUrl, screenshot, servePages } from '../helpers/browser';
import type { PageServer } from '../helpers/browser';

describe('finding Chromium', () => {
  it('prefers CHROME_PATH, then the usual paths in order', () => {
    const present = new Set(['/opt/chrome', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']);
    const exists = (file: string): boolean => present.has(file);
    expect(findChromium({ CHROME_PATH: '/opt/chrome' }, exists)).toBe('/opt/chrome');
    expect(findChromium({ CHROME_PATH: '/missing' }, exists)).toBe('/usr/bin/chromium-browser');
    expect(findChromium({}, () => false)).toBeUndefined();
  });

  it('is the same list .ci/run checks before installing Chromium', () => {
    const ciRun = fs.readFileSync(path.resolve(__dirname, '..', '..', '.ci', 'run'), 'utf8');
    expect(ciRun).toContain(`for candidate in ${CHROMIUM_PATHS.join(' ')}; do`);
  });

  it('counts only loopback and network-free URLs as local', () => {
    expect(['http://127.0.0.1:4000/graphql', 'http://localhost/x', 'http://[::1]:80/', 'data:text/plain,hi'].every(isLocalUrl)).toBe(true);
    expect(['https://cdn.example.com/a.js', 'http://10.0.0.1/', 'http://127.0.0.1.example.com/'].some(isLocalUrl)).toBe(false);
  });
});

describeWithBrowser('the browser test harness', (session) => {
  let pages: PageServer;
  beforeAll(async () => {
    pages = await servePages({
      '/local.html': '<!doctype html><title>local</title><h1 id="greeting">Halo</h1><img src="/missing.png">',
      '/external.html': '<!doctype html><title>external</title><img src="http://example.invalid/pixel.png">',
    });
  });
  afterAll(async () => {
    await pages.close();
  });

  it('renders a page and records its requests, all on this machine', async () => {
    const { page, requests } = await session.newPage();
    await page.goto(`${pages.origin}/local.html`, { waitUntil: 'networkidle0' });
    expect(await page.$eval('#greeting', (element) => element.textContent)).toBe('Halo');
    expect(requests.urls).toEqual(expect.arrayContaining([`${pages.origin}/local.html`, `${pages.origin}/missing.png`]));
    expect(requests.external()).toEqual([]);
    expect(fs.statSync(await screenshot(page, 'harness-local')).size).toBeGreaterThan(0);
  });

  it('catches a request that leaves this machine', async () => {
    const { page, requests } = await session.newPage();
    await page.goto(`${pages.origin}/external.html`, { waitUntil: 'networkidle0' });
    expect(requests.external()).toEqual(['http://example.invalid/pixel.png']);
  });
});
