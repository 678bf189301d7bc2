// Shared by the host-page tests and the benchmarks: a static server for the repository on loopback
// and a Chromium driven by playwright-core (the system browser; nothing is downloaded).
import { after, before } from 'node:test';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from '../../scripts/chrome.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.map': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };

/**
 * Serves the repository read-only on 127.0.0.1; `headers(path)` may add response headers (CSP);
 * `files` maps extra paths to generated bodies (such as a copy of a bundle with another version).
 */
export async function serve({ headers = () => ({}), files = {} } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    requests.push(path);
    const file = normalize(join(ROOT, path));
    if (!file.startsWith(ROOT)) return void res.writeHead(403).end();
    try {
      const body = path in files ? files[path] : await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers(path) });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** A server on loopback and a Chromium that opens its pages. */
class Host {
  /** @type {{ origin: string, close(): Promise<void> } | undefined} The server; a test may replace it (a restart). */
  server;
  /** @type {import('playwright-core').Browser | undefined} */
  browser;

  get origin() {
    return this.server.origin;
  }

  /**
   * Opens `path` of the server (or any URL) in a new page, of its own or of `context`, and records
   * everything a host would worry about: console errors and warnings, page errors, requests.
   */
  async open(path, context = this.browser) {
    const page = await context.newPage();
    const seen = { consoleErrors: [], warnings: [], pageErrors: [], requests: [] };
    page.on('console', (m) => m.type() === 'error' && seen.consoleErrors.push(m.text()));
    page.on('console', (m) => m.type() === 'warning' && seen.warnings.push(m.text()));
    page.on('pageerror', (e) => seen.pageErrors.push(e.message));
    page.on('request', (r) => seen.requests.push(r.url()));
    await page.goto(new URL(path, this.origin).href);
    return { page, seen };
  }

  async close() {
    await this.browser?.close();
    await this.server?.close();
  }
}

/**
 * Starts a server and the system Chromium (headless; `args` are extra flags); `close()` stops both.
 * `start(options)` starts the server: by default {@link serve} (with its `files` and `headers`), or
 * another one such as a portal, which returns at least `{ origin, close() }`.
 */
export async function startHost({ start = serve, args = [], ...options } = {}) {
  const host = new Host();
  try {
    host.server = await start(options);
    host.browser = await chromium.launch({ executablePath: findChrome(), args: [...chromeArgs, ...args] });
  } catch (error) {
    await host.close();
    throw error;
  }
  return host;
}

/**
 * The host of a test suite, called in its `describe` body: {@link startHost} before the suite's
 * tests, closed after them.
 */
export function useHost(options) {
  const host = new Host();
  before(async () => Object.assign(host, await startHost(options)));
  after(() => host.close());
  return host;
}

/** Whether `path` is one of the CDN folder's chunks: shared code, or what a widget loads on demand. */
export const isCdnChunk = (path) => /^\/packages\/goesting\/dist\/chunks\/[\w.-]+\.js$/.test(path);

/** The paths a page requested, in order, without the CDN folder's chunks. */
export const requestedFiles = (seen) => seen.requests.map((u) => new URL(u).pathname).filter((path) => !isCdnChunk(path));

/**
 * Keeps a copy of every `goesting-complete` detail the page's document hears from now on; the
 * function returned reads them back.
 */
export async function hearCompletions(page) {
  await page.evaluate(() => {
    window.completions = [];
    document.addEventListener('goesting-complete', (e) => window.completions.push(JSON.parse(JSON.stringify(e.detail))));
  });
  return () => page.evaluate(() => window.completions);
}

/** Completes the scan with the keyboard alone: Tab through, Space in each unanswered group, Enter on the main button. */
export async function completeSelfscanByKeyboard(page) {
  for (let i = 0; i < 500; i++) {
    const state = await page.evaluate(() => {
      const el = document.querySelector('goesting-selfscan');
      if (el.shadowRoot.querySelector('.result')) return 'done';
      const active = el.shadowRoot.activeElement;
      if (active?.type === 'radio') {
        const group = el.shadowRoot.querySelectorAll(`input[name="${active.name}"]`);
        return [...group].some((r) => r.checked) ? 'answered' : 'radio';
      }
      return active?.classList.contains('primary') ? 'primary' : 'other';
    });
    if (state === 'done') return;
    if (state === 'radio') await page.keyboard.press('ArrowRight');
    else if (state === 'primary') await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
  }
  throw new Error('the scan could not be completed by keyboard');
}
