// One build for every package and for the CDN files. The packages come from the root
// package.json's `workspaces` (scripts/workspaces.mjs), nothing here names one.
// Packages: unbundled ESM (one file per source module) with lit, @lit/context, zod and the other
// @goesting packages external, so host apps share one copy. CDN: minified files with everything.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { ROOT, SOURCE_CONDITION, builtPackages, elementPackages, workspaces } from './scripts/workspaces.mjs';

const tsFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });

const typescript = () => [esbuild({ target: 'es2022', tsconfig: join(ROOT, 'tsconfig.base.json') }), minifyHTML({ failOnError: true })];

/** `@goesting/*` resolve to the packages' sources through their `goesting-source` export condition. */
const resolveSources = () => nodeResolve({ browser: true, exportConditions: [SOURCE_CONDITION] });

const isExternal = (id) => /^(lit|@lit\/|@lit-labs\/|zod|@goesting\/)/.test(id);

const minify = () => terser({ module: true, compress: { passes: 3 }, format: { comments: false } });

const packageBuilds = builtPackages.map(({ path }) => {
  const src = join(path, 'src');
  return {
    input: Object.fromEntries(tsFiles(src).map((file) => [relative(src, file).replace(/\.ts$/, ''), file])),
    external: isExternal,
    // As the packages' `sideEffects` say: only the define modules register anything. Without this,
    // rollup keeps bare imports of side-effect-free modules, which host bundlers warn about.
    treeshake: { moduleSideEffects: (id) => /\/?define(-[\w-]+)?\.[jt]s$/.test(id) },
    plugins: typescript(),
    // No hoisted transitive imports: each module imports only what it uses, so a bundler that
    // honours `sideEffects` has no bare imports of side-effect-free modules to warn about.
    output: { dir: join(path, 'dist'), format: 'es', hoistTransitiveImports: false, sourcemap: true },
  };
});

const umbrella = workspaces.find((w) => w.name === 'goesting').path;

/**
 * The CDN's modules, one per define module of every package that ships elements: named after the
 * tag it defines (`goesting-selfscan.js`, `goesting-provider.js`), or after its package when it
 * defines several (`goesting-workability.js`; `goesting-selfscan-all.js` where the package is named
 * like one of its tags).
 */
const cdnModules = elementPackages.flatMap((w) => {
  const pkg = `goesting-${w.name.replace(/^@goesting\//, '')}`;
  const tags = new Set(w.defines.flatMap((d) => d.tags));
  return w.defines.map(({ file, tags: defined }) => ({
    // A package named like one of its tags (`@goesting/selfscan`) names its all-tags module `…-all`.
    name: defined.length === 1 ? defined[0] : tags.has(pkg) ? `${pkg}-all` : pkg,
    specifier: `${w.name}/${file.replace(/\.ts$/, '.js')}`,
    tags: defined,
  }));
});
const clash = cdnModules.find((m, i) => cdnModules.findIndex((o) => o.name === m.name) !== i);
if (clash) throw new Error(`Two CDN modules would be named ${clash.name}.js`);

/** `goesting:elements`, which the loader reads: each tag and the one-tag module that defines it. */
const elementsModule = () => ({
  name: 'goesting-elements',
  resolveId: (id) => (id === 'goesting:elements' ? '\0goesting:elements' : null),
  load(id) {
    if (id !== '\0goesting:elements') return null;
    const byTag = new Map();
    // A tag's own module where it has one, so a page with one tag loads only that tag's code.
    for (const m of [...cdnModules].sort((a, b) => a.tags.length - b.tags.length)) for (const tag of m.tags) if (!byTag.has(tag)) byTag.set(tag, m.specifier);
    const entries = [...byTag].map(([tag, specifier]) => `  ${JSON.stringify(tag)}: () => import(${JSON.stringify(specifier)}),`);
    return `export const modules = Object.assign(Object.create(null), {\n${entries.join('\n')}\n});\n`;
  },
});

/** Only the define modules register anything; zod's schema factories have no side effects, so schemas a page never calls drop out. */
const cdnTreeshake = { moduleSideEffects: (id) => !/\/packages\//.test(id) || /\/(src\/(define(-[\w-]+)?|index)|cdn\/loader)\.ts$/.test(id), manualPureFunctions: ['z'] };

export default [
  ...packageBuilds,
  // The CDN folder: the loader `goesting.js`, a module per tag, and the chunks they share (Lit,
  // core, zod/mini) or load when needed (other languages, secondary views).
  {
    input: { goesting: join(umbrella, 'cdn', 'loader.ts'), ...Object.fromEntries(cdnModules.map((m) => [m.name, m.specifier])) },
    treeshake: cdnTreeshake,
    plugins: [elementsModule(), resolveSources(), ...typescript(), minify()],
    output: { dir: join(umbrella, 'dist'), format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
  },
  // The one-file bundle: every widget, Lit, zod/mini and every locale inlined, for a page that wants exactly one file.
  {
    input: join(umbrella, 'src', 'index.ts'),
    treeshake: cdnTreeshake,
    plugins: [resolveSources(), ...typescript(), minify()],
    output: { file: join(umbrella, 'dist', 'goesting.bundle.js'), format: 'es', sourcemap: true, inlineDynamicImports: true },
  },
];
