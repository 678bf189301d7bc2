// Shared by the host-page tests: a static server for the repository on loopback and a Chromium
// driven by playwright-core (the system browser; nothing is downloaded).
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

export async function launch() {
  return chromium.launch({ executablePath: findChrome(), args: chromeArgs });
}

/** Opens a page and records everything a host would worry about: console errors and warnings, page errors, requests. */
export async function open(browser, url) {
  const page = await browser.newPage();
  const seen = { consoleErrors: [], warnings: [], pageErrors: [], requests: [] };
  page.on('console', (m) => m.type() === 'error' && seen.consoleErrors.push(m.text()));
  page.on('console', (m) => m.type() === 'warning' && seen.warnings.push(m.text()));
  page.on('pageerror', (e) => seen.pageErrors.push(e.message));
  page.on('request', (r) => seen.requests.push(r.url()));
  await page.goto(url);
  return { page, seen };
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
