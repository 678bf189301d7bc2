// What a browser downloads, in gzip bytes, measured against the budgets in size-budgets.json.
// Read by `npm run size` (which prints the figures) and by the size test in `npm test`.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { ROOT, elementPackages, workspaces } from './workspaces.mjs';

export const KB = 1024;
const config = JSON.parse(readFileSync(join(ROOT, 'scripts', 'size-budgets.json'), 'utf8'));
const gzip = (code) => gzipSync(code, { level: 9 }).length;
const isExternal = (prefixes) => (id) => prefixes.some((p) => id === p.replace(/\/$/, '') || id.startsWith(p));

/** The budget of `name`, its own or the default of its kind. */
export function budgetOf(name, kind) {
  const own = config.budgets[name];
  return { kb: (own ?? config.defaults[kind]).kb, why: (own ?? config.defaults[kind]).why, own: !!own };
}

/** A package entry as a host's bundler minifies it: its code and its share of core in one chunk, what it imports on demand listed apart. */
async function entrySize(file, external) {
  const bundle = await rollup({
    input: file,
    external: isExternal(external),
    plugins: [nodeResolve({ browser: true }), terser({ module: true, compress: { passes: 3 }, format: { comments: false } })],
    onwarn: () => {},
    // zod marks its schema factories free of side effects (`@__NO_SIDE_EFFECTS__`), so a bundler
    // that sees zod drops the schemas a page never uses. With zod kept out of the count, rollup is
    // told the same of `z`.
    treeshake: { moduleSideEffects: (id) => !/node_modules\/zod/.test(id), manualPureFunctions: ['z'] },
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const [main, ...lazy] = output.filter((chunk) => chunk.type === 'chunk');
  return { size: gzip(main.code), lazy: lazy.map((chunk) => ({ name: (chunk.facadeModuleId ?? chunk.name).replace(/.*packages\//, '').replace('/dist/', ' '), size: gzip(chunk.code) })) };
}

/** The files a page loads before it runs `file` of the CDN folder: the file and its static imports, transitively. */
function staticClosure(dir, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dir, file), 'utf8');
  // Static imports only (`import … from "./x.js"`, `import "./x.js"`); `import("./x.js")` loads on demand.
  for (const [, target] of code.matchAll(/(?:\bfrom|\bimport)\s*"(\.{1,2}\/[^"]+)"/g)) staticClosure(dir, join(dirname(file), target), seen);
  return seen;
}

/** Every measured item: `{ name, kind, size, budget, why, lazy }`, sizes in bytes, budgets in KB. */
export async function measure() {
  const items = [];
  const add = (name, kind, size, lazy = []) => items.push({ name, kind, size, lazy, ...budgetOf(name, kind) });
  for (const w of elementPackages) {
    for (const { file } of w.defines) {
      const entry = join(w.path, 'dist', file.replace(/\.ts$/, '.js'));
      const name = `${w.name}/${file.replace(/\.ts$/, '.js')}`;
      const { size, lazy } = await entrySize(entry, ['lit', '@lit/', 'zod']);
      add(name, 'entry', size, lazy);
      if (config.budgets[`${name} with zod/mini`]) add(`${name} with zod/mini`, 'entry', (await entrySize(entry, ['lit', '@lit/'])).size);
    }
  }
  const cdn = join(workspaces.find((w) => w.name === 'goesting').path, 'dist');
  add('goesting/goesting.js (the CDN loader)', 'loader', gzip(readFileSync(join(cdn, 'goesting.js'))));
  for (const w of elementPackages)
    for (const { tags } of w.defines) {
      if (tags.length !== 1 || tags[0] === 'goesting-provider') continue;
      const files = [...staticClosure(cdn, `${tags[0]}.js`)];
      const size = gzip(readFileSync(join(cdn, 'goesting.js'))) + files.reduce((sum, file) => sum + gzip(readFileSync(join(cdn, file))), 0);
      add(`a page with <${tags[0]}> through the loader`, 'page', size);
    }
  add('goesting/goesting.bundle.js (one file, every widget)', 'bundle', gzip(readFileSync(join(cdn, 'goesting.bundle.js'))));
  return items;
}

/** The README's table of budgets, made from size-budgets.json and the packages: what `npm run size -- --readme` writes. */
export async function readmeTable(items) {
  const kinds = { entry: 'a package entry', loader: 'the CDN loader', page: 'a page through the CDN loader', bundle: 'the one-file bundle' };
  const defaults = Object.entries(config.defaults).map(([kind, { kb, why }]) => `| default for ${kinds[kind]} | ≤ ${kb} KB | ${why} |`);
  const rows = items.map((item) => `| ${item.name.replace(/</g, '`<').replace(/>/g, '>`')} | ≤ ${item.kb} KB | ${item.own ? item.why : 'the default'} |`);
  return ['| what | budget (gzip) | why |', '|---|---|---|', ...defaults, ...rows].join('\n');
}
