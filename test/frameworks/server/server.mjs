// A server-rendered portal page (plain Node, no framework): the server writes the widget's tag
// and the saved answers into the HTML, the browser loads the CDN loader and hands the answers to
// the widget, and the native form posts the result back, where the server re-scores it with the
// package's model. Any back end can do the same.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { defaultInstrument, parseSelfscanValue, scoreSelfscan } from '@goesting/selfscan/model';

const ROOT = new URL('../../../', import.meta.url);
/** The CDN folder, served as it is under /goesting/: the loader imports each tag's module and its chunks from beside it. */
const CDN = new URL('packages/goesting/dist/', ROOT);
const FILES = {
  '/hydrate.js': new URL('test/frameworks/server/hydrate.js', ROOT),
};
const fileOf = (path) => FILES[path] ?? (/^\/goesting\/(goesting[\w-]*|chunks\/[\w.-]+)\.js$/.test(path) ? new URL(path.slice('/goesting/'.length), CDN) : undefined);

/** JSON that is safe inside a `<script>` element: no `</script>` or `<!--` can end it early. */
const scriptJson = (data) => JSON.stringify(data).replace(/</g, '\\u003c');
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page with the scan, resuming from `saved` (or empty). */
export function scanPage(saved) {
  return `<!doctype html>
<html lang="nl-BE">
  <head>
    <meta charset="utf-8" />
    <title>Zelfscan</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/goesting/goesting.js"></script>
    <script type="module" src="/hydrate.js"></script>
  </head>
  <body>
    <main>
      <h1>Mijn zelfscan</h1>
      <form method="post" action="/scan">
        <goesting-selfscan name="selfscan" required></goesting-selfscan>
        <script type="application/json" id="saved-selfscan">${scriptJson(saved ?? null)}</script>
        <button>Bewaren</button>
      </form>
    </main>
  </body>
</html>`;
}

/** What the server answers after the form was posted: the result it scored itself. */
function receivedPage(result) {
  const rows = Object.entries(result.pillars).map(([pillar, score]) => `<li>${escapeHtml(pillar)}: <span>${score}</span></li>`);
  return `<!doctype html><html lang="nl-BE"><head><meta charset="utf-8" /><title>Bewaard</title><link rel="icon" href="data:," /></head>
<body><h1>Bewaard</h1><ul id="pillars">${rows.join('')}</ul></body></html>`;
}

/** Starts the portal on loopback; `saved` is the document it resumes from. */
export async function startPortal(saved) {
  const received = [];
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://localhost').pathname;
    if (req.method === 'POST' && path === '/scan') {
      let body = '';
      for await (const chunk of req) body += chunk;
      const parsed = parseSelfscanValue(new URLSearchParams(body).get('selfscan'), defaultInstrument('quick'));
      if (!parsed.ok) return void res.writeHead(422, { 'content-type': 'text/plain' }).end(parsed.code);
      const result = scoreSelfscan(defaultInstrument('quick'), parsed.data);
      received.push({ value: parsed.data, result });
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(receivedPage(result));
    }
    if (path === '/') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(scanPage(saved));
    const file = fileOf(path);
    if (file) return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(await readFile(file));
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, received, close: () => new Promise((resolve) => server.close(resolve)) };
}
